package io.winback.chain;

import io.winback.tasks.CallTaskRule;
import io.winback.messages.MessageContent;

import io.winback.domain.PurchaseBand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reference retailer's reactivation playbook, in force until a marketer stores a configuration of their own:
 * on the sleep day a 100 bonus for 7 days with an SMS; no purchase by its expiry, 180 for 7 days with an SMS; still
 * nothing, a call task for staff with two days to make it. PurchaseBand 1 falls asleep after 66 days, 2-3 after 80,
 * 4+ and VIP after 90 (the {@code SleepPolicy}); the chain is the same for each.
 */
public final class Playbook {
    public static final String DEFAULT_LANGUAGE = "ru";

    private Playbook() {
    }

    public static ChainConfiguration configuration() {
        List<Chain> chains = new ArrayList<>();
        for (PurchaseBand band : PurchaseBand.values()) {
            chains.add(new Chain("sleep-" + band.label(), new Trigger.FellAsleep(), band, steps()));
        }
        return new ChainConfiguration(0, chains, BudgetCap.DEFAULT);
    }

    static List<ChainStep> steps() {
        List<Channel> smsThenEmail = List.of(Channel.SMS, Channel.EMAIL);
        ChainStep first = new ChainStep(0, new BonusOffer(new BigDecimal("100"), 7), Map.of(
                Channel.SMS, Map.of(
                        "ru", MessageContent.sms("Дарим вам {amount} рублей на покупки до {until}. Ждем вас за покупкой!"),
                        "en", MessageContent.sms("{amount} roubles on us for your shopping until {until}. See you soon!")),
                Channel.EMAIL, Map.of(
                        "ru", new MessageContent("{store}: {amount} рублей в подарок",
                                "{store}: дарим вам {amount} рублей на покупки до {until}. Ждем вас за покупкой!"),
                        "en", new MessageContent("{store}: {amount} roubles on us",
                                "{store}: {amount} roubles on us for your shopping until {until}. See you soon!"))),
                smsThenEmail, null, ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS);
        ChainStep second = new ChainStep(7, new BonusOffer(new BigDecimal("180"), 7), Map.of(
                Channel.SMS, Map.of(
                        "ru", MessageContent.sms("Дарим {amount} рублей на покупку в нашем магазине до {until}."),
                        "en", MessageContent.sms("{amount} roubles on us for a purchase in our shop until {until}.")),
                Channel.EMAIL, Map.of(
                        "ru", new MessageContent("{store}: {amount} рублей ждут вас",
                                "{store}: дарим {amount} рублей на покупку до {until}."),
                        "en", new MessageContent("{store}: {amount} roubles are waiting",
                                "{store}: {amount} roubles on us for a purchase until {until}."))),
                smsThenEmail, null, ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS);
        ChainStep call = new ChainStep(7, null, Map.of(), List.of(), new CallTaskRule(2),
                ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS);
        return List.of(first, second, call);
    }
}

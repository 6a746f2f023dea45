package io.winback.worker;

import io.winback.chain.BonusOffer;
import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Trigger;
import io.winback.consent.Consent;
import io.winback.domain.PurchaseBand;
import io.winback.domain.SaleCustomer;
import io.winback.messages.MessageContent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The birthday chains of the birthday tests, and customers whose card (from the till) holds their birthday. */
final class BirthdayGreetings {
    static final String TEXT = "{name}, с днём рождения! Дарим {amount} рублей до {until}.";

    private BirthdayGreetings() {
    }

    /** One SMS with a 300 bonus valid {@code validDays}, {@code daysBefore} the birthday, for every band. */
    static Chain greeting(int daysBefore, int validDays) {
        return new Chain("birthday", new Trigger.Birthday(daysBefore), null, List.of(smsStep(0, "300", validDays)));
    }

    static ChainStep smsStep(int offsetDays, String bonus, int validDays) {
        return new ChainStep(offsetDays, new BonusOffer(new BigDecimal(bonus), validDays),
                Map.of(Channel.SMS, Map.of("ru", MessageContent.sms(TEXT))), List.of(Channel.SMS), null,
                ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS);
    }

    /** The sleep chain of one-purchase customers: one SMS, then {@code windowDays} for a purchase to convert. */
    static Chain sleepChain(int windowDays) {
        return new Chain("sleep-1", new Trigger.FellAsleep(), PurchaseBand.ONE, List.of(new ChainStep(0, null,
                Map.of(Channel.SMS, Map.of("ru", MessageContent.sms("Давно не виделись! Ждём вас."))),
                List.of(Channel.SMS), null, windowDays)));
    }

    /** What the till sends for a customer with SMS consent and, if not null, their birthday. */
    static SaleCustomer bornOn(String customerKey, String birthday) {
        SaleCustomer contact = Shop.contact(customerKey, true, null, false);
        return new SaleCustomer(customerKey, contact.phone(), null, null, contact.name(), null,
                birthday == null ? null : LocalDate.parse(birthday), null, new Consent(true, false));
    }

    /** A purchase on {@code day} by a customer the till knows the birthday of ({@code null}: not known). */
    static void buysBornOn(Shop shop, String customerKey, String day, String birthday) {
        shop.buys(customerKey, day, "900", "0", bornOn(customerKey, birthday));
    }
}

package io.winback.messages;

import io.winback.chain.BonusOffer;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Contacts;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.chain.Trigger;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code {group}} reads the group a chain is about, as the receipts name it: the group to refill for a refill
 * reminder, the group offered (not the one bought) for a cross-sell; a chain without a group has no value for it.
 */
class ARefillMessageNamesTheGroupToRefillTest {
    private static final Instant AT = Instant.parse("2026-12-05T07:00:00Z");
    private final MessageText texts = new MessageText("Зоомир", ZoneId.of("Europe/Moscow"));
    private final Contacts anna = new Contacts("Анна", "+79161234567", null, true, null, "ru");

    @Test
    void aRefillReminderNamesTheGroupToRefill() {
        var refill = new Trigger.Replenishment("корм для собак", new BigDecimal("0.75"), null);

        MessageContent sms = texts.render(refill, step("{name}, {group} заканчивается? {store} ждёт вас"),
                Channel.SMS, anna, touch(null));

        assertEquals("Анна, корм для собак заканчивается? Зоомир ждёт вас", sms.body());
    }

    @Test
    void aCrossSellOfferNamesTheGroupItOffersNotTheOneBought() {
        var cameraToLens = new Trigger.Bought("camera", "lens", 3, 365);
        ChainStep step = new ChainStep(0, new BonusOffer(new BigDecimal("300"), 7),
                Map.of(Channel.SMS, Map.of("ru", MessageContent.sms("{amount} рублей на {group} до {until}"))),
                List.of(Channel.SMS), null, 7);

        MessageContent sms = texts.render(cameraToLens, step, Channel.SMS, anna, touch(new BigDecimal("300")));

        assertEquals("300 рублей на lens до 11.12", sms.body());
        assertEquals(Optional.of("lens"), GroupPlaceholder.valueFor(cameraToLens));
    }

    @Test
    void aBirthdayOrASleepingCustomerHasNoGroupToName() {
        assertEquals(Optional.empty(), GroupPlaceholder.valueFor(new Trigger.Birthday(3)));
        assertEquals(Optional.empty(), GroupPlaceholder.valueFor(new Trigger.FellAsleep()));
        assertEquals("Анна, ждём вас", texts.render(new Trigger.Birthday(3), step("{name}, ждём вас"), Channel.SMS,
                anna, touch(null)).body());
    }

    private static ChainStep step(String text) {
        return new ChainStep(0, null, Map.of(Channel.SMS, Map.of("ru", MessageContent.sms(text))),
                List.of(Channel.SMS), null, 7);
    }

    private static Touch touch(BigDecimal bonus) {
        return new Touch("c1", "x@2026-12-05", 0, TouchStatus.CLAIMED, Channel.SMS, AT, bonus, null, null, null, null,
                null);
    }
}

package io.winback.worker;

import io.winback.chain.TouchStatus;
import io.winback.config.WinbackConfig;
import io.winback.domain.CustomerProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Consent is checked at send time; quiet hours and the frequency cap defer a step, never drop it. */
class TheChainRespectsConsentQuietHoursAndTheCapTest {

    @Test
    void consentWithdrawnBetweenStepsStopsTheSecondMessageAndItsBonus() {
        Shop shop = new Shop();
        shop.buys("C-1", "2026-09-30", "900");
        shop.checkOn("2026-12-05");
        var customer = shop.customer("C-1");
        CustomerProfile p = customer.profile();
        shop.customers.saveIfUnchanged(customer.withProfile(new CustomerProfile(p.phone(), p.email(), p.cardNumber(),
                p.name(), p.gender(), p.birthday(), p.vip(), false, p.consentEmail(), p.asOf(), p.withdrawals())), shop.clock.instant());

        shop.checkOn("2026-12-12");

        assertEquals(1, shop.smsTo("C-1").size());
        var second = shop.touches("C-1").get(1);
        assertEquals(TouchStatus.SKIPPED, second.status());
        assertEquals("no_consent", second.reason());
        assertEquals(1, shop.customer("C-1").bonuses().grants().size(), "no bonus without a message");
    }

    @Test
    void aStepDueInQuietHoursWaitsForTheMorning() {
        Shop shop = new Shop();
        shop.buys("C-1", "2026-09-30", "900");

        // The 10:00 run's work reaches the worker at 22:00 (a backlog): quiet.
        shop.checkAt("2026-12-05T10:00:00+03:00", java.time.Duration.ofHours(12));
        assertEquals(0, shop.outbox.messages().size(), "21:00-09:00 is quiet");
        assertEquals(java.time.Instant.parse("2026-12-06T06:00:00Z"), shop.episodes("C-1").getFirst().notBefore());

        shop.checkAt("2026-12-06T10:00:00+03:00");
        assertEquals(1, shop.smsTo("C-1").size());
        assertEquals("Дарим вам 100 рублей на покупки до 12.12. Ждем вас за покупкой!", shop.smsTo("C-1").getFirst().text(),
                "taken on the 6th: valid through the 12th");
    }

    @Test
    void aCheckScheduledInsideTheQuietHoursFailsLoudlyAndDecidesNothing() {
        Shop shop = new Shop();
        shop.buys("C-1", "2026-09-30", "900");

        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> shop.checkAt("2026-12-05T08:00:00+03:00"));

        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("inside QUIET_HOURS 21:00-09:00"),
                refused.getMessage());
        assertEquals(java.util.List.of(), shop.episodes("C-1"));
        assertEquals(1, shop.customers.undecidedSleepersBy(java.time.LocalDate.parse("2026-12-05")).size(),
                "still waiting for a run that can send");
    }

    @Test
    void aBackfillOfAPastDayRunAtNightWaitsForTheMorning() {
        Shop shop = new Shop();
        shop.buys("C-1", "2026-09-30", "900");

        // Yesterday's 10:00 run, invoked by an operator at 22:30.
        shop.checkAt("2026-12-05T10:00:00+03:00", java.time.Duration.ofHours(12).plusMinutes(30));
        assertEquals(0, shop.outbox.messages().size(), "the phone would ring at 22:30: it waits");

        shop.checkOn("2026-12-06");
        assertEquals(1, shop.smsTo("C-1").size());
    }

    @Test
    void theFrequencyCapDefersTheNextTouchUntilTheWindowFrees() {
        Shop shop = new Shop(Map.of(WinbackConfig.FREQUENCY_CAP_TOUCHES, "1", WinbackConfig.FREQUENCY_CAP_DAYS, "10"));
        shop.buys("C-1", "2026-09-30", "900");
        shop.checkOn("2026-12-05");

        shop.checkOn("2026-12-12");
        assertEquals(1, shop.smsTo("C-1").size(), "capped: one touch in 10 days");
        assertEquals(java.time.LocalDate.parse("2026-12-15"), shop.episodes("C-1").getFirst().dueOn());

        shop.checkOn("2026-12-15");
        assertEquals(2, shop.smsTo("C-1").size(), "deferred, not dropped");
    }

    @Test
    void emailGoesOutWhenThereIsNoSmsConsentWithTheUnsubscribeHeaders() {
        Shop shop = new Shop();
        shop.buys("C-1", "2026-09-30", "900", "0", Shop.contact("C-1", false, "anna@example.com", true));
        shop.checkOn("2026-12-05");
        var mail = shop.outbox.messages().getFirst();
        assertEquals("email", mail.channel());
        assertEquals("Кофейня на Покровке: 100 рублей в подарок", mail.subject());
        assertEquals("Кофейня на Покровке: дарим вам 100 рублей на покупки до 11.12. Ждем вас за покупкой!", mail.text());
        assertEquals("List-Unsubscribe=One-Click", mail.headers().get("List-Unsubscribe-Post"));
        assertEquals(1, shop.outbox.messages().size());
    }
}

package io.winback.chain;

import io.winback.messages.SmsParts;
import io.winback.messages.TemplateText;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules a step is decided by, each on its own. */
class TheRulesOfSendingTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private final QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), MOSCOW);
    private final FrequencyCap cap = new FrequencyCap(2, Duration.ofDays(7));

    @Test
    void quietHoursRunAcrossMidnightAndEndAtNine() {
        assertTrue(quiet.isQuiet(Instant.parse("2026-12-05T18:00:00Z")), "21:00 Moscow");
        assertTrue(quiet.isQuiet(Instant.parse("2026-12-05T05:59:00Z")), "08:59 Moscow");
        assertFalse(quiet.isQuiet(Instant.parse("2026-12-05T06:00:00Z")), "09:00 Moscow");
        assertEquals(Instant.parse("2026-12-06T06:00:00Z"), quiet.nextAllowed(Instant.parse("2026-12-05T19:30:00Z")));
        assertEquals(Instant.parse("2026-12-05T06:00:00Z"), quiet.nextAllowed(Instant.parse("2026-12-05T01:00:00Z")));
    }

    @Test
    void theCapWaitsForTheOldestTouchToLeaveTheWindow() {
        Instant now = Instant.parse("2026-12-10T07:00:00Z");
        List<Instant> two = List.of(Instant.parse("2026-12-05T07:00:00Z"), Instant.parse("2026-12-08T07:00:00Z"));
        assertEquals(Instant.parse("2026-12-12T07:00:00Z"), cap.nextAllowed(two, now));
        assertEquals(now, cap.nextAllowed(two.subList(0, 1), now));
        assertEquals(now, cap.nextAllowed(List.of(Instant.parse("2026-12-01T07:00:00Z"),
                Instant.parse("2026-12-02T07:00:00Z")), now), "touches older than the window do not count");
    }

    @Test
    void aRussianSmsIsUcs2AndSplitsAfter70Characters() {
        String first = "Дарим вам 100 рублей на покупки до 12.12. Ждем вас за покупкой!";
        assertEquals(new SmsParts("UCS-2", first.length(), 1), SmsParts.of(first));
        assertEquals(2, SmsParts.of("Д".repeat(71)).parts());
        assertEquals(new SmsParts("GSM-7", 160, 1), SmsParts.of("a".repeat(160)));
        assertEquals(2, SmsParts.of("a".repeat(161)).parts());
        assertEquals(new SmsParts("GSM-7", 161, 2), SmsParts.of("a".repeat(159) + "€"), "€ counts twice");
    }

    @Test
    void templatesKnowFourPlaceholders() {
        assertEquals(List.of("{discount}"), TemplateText.unknownPlaceholders("{name}: {discount} до {until}"));
        assertEquals("Анна, 100 до 11.12", TemplateText.render("{name}, {amount} до {until}",
                Map.of("name", "Анна", "amount", "100", "until", "11.12")));
    }

    @Test
    void theFirstReachableChannelIsChosenAndConsentIsAnExplicitYes() {
        ChainStep step = Playbook.steps().getFirst();
        StepRules rules = new StepRules(quiet, cap);
        Instant morning = Instant.parse("2026-12-05T07:00:00Z");
        Contacts emailOnly = new Contacts("Анна", "+79161234567", "a@example.com", null, true, "ru");
        assertEquals(new ChannelChoice.Take(Channel.EMAIL, null), rules.decide(step, emailOnly, morning, List.of(), Set.of()));
        Contacts nobody = new Contacts("Анна", "+79161234567", null, false, null, "ru");
        assertEquals(new ChannelChoice.Take(null, "no_consent"), rules.decide(step, nobody, morning, List.of(), Set.of()));
        Contacts sms = new Contacts("Анна", "+79161234567", null, true, null, "ru");
        assertInstanceOf(ChannelChoice.Defer.class, rules.decide(step, sms, morning, List.of(), Set.of(Channel.SMS)));
    }

    @Test
    void aPurchaseConvertsThroughTheLatestTouchOnlyWithinItsWindow() {
        Touch first = new Touch("C-1", "e", 0, TouchStatus.SENT, Channel.SMS, Instant.parse("2026-12-05T07:00:00Z"),
                null, null, Instant.parse("2026-12-11T20:59:00Z"), "m1", null, null);
        var within = io.winback.domain.Sales.sale("R-2", "C-1", "2026-12-11T23:00:00+03:00", "500");
        var after = io.winback.domain.Sales.sale("R-3", "C-1", "2026-12-12T00:01:00+03:00", "500");
        assertEquals("e#0", ConversionRule.judge(List.of(first), within).orElseThrow().touchId());
        assertTrue(ConversionRule.judge(List.of(first), after).isEmpty());
    }

    @Test
    void aSleepDayMoreThanThirtyDaysAgoIsLost() {
        CatchUpWindow window = new CatchUpWindow(30);
        assertFalse(window.isLost(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01")));
        assertTrue(window.isLost(LocalDate.parse("2026-10-31"), LocalDate.parse("2026-12-01")));
    }
}

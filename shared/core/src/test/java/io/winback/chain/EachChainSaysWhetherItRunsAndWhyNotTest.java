package io.winback.chain;

import io.winback.cycles.CycleEvidencePolicy;
import io.winback.cycles.GroupCycle;
import io.winback.cycles.GroupEvidence;
import io.winback.cycles.IntervalHistogram;
import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner reads, chain by chain, whether it starts episodes: a sleep chain and a birthday chain do; a refill chain
 * does not yet and shows the cycle of its group it would go by (learned, its cycleDays standing in, or none); a
 * cross-sell chain does not yet.
 */
class EachChainSaysWhetherItRunsAndWhyNotTest {
    private static final CycleEvidencePolicy POLICY = CycleEvidencePolicy.DEFAULT;
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

    /** 40 customers with 3 intervals each: 30 of 55 days, 50 of 60, 40 of 65. */
    private static final GroupCycle DOGFOOD_LEARNED = GroupCycle.of(new GroupEvidence("dogfood",
            IntervalHistogram.of(Map.of(55, 30L, 60, 50L, 65, 40L)), 40), POLICY);
    /** 5 customers, 12 intervals of 30 days. */
    private static final GroupCycle LENSES_TOO_LITTLE = GroupCycle.of(new GroupEvidence("lenses",
            IntervalHistogram.of(Map.of(30, 12L)), 5), POLICY);

    private static ChainReadiness of(Trigger trigger, GroupCycle learned) {
        return ChainReadiness.of(trigger, learned, POLICY);
    }

    @Test
    void aSleepChainRuns() {
        ChainReadiness sleep = of(new Trigger.FellAsleep(), null);

        assertTrue(sleep.running());
        assertEquals("runs: the daily check starts it on the day the customer falls asleep",
                sleep.why(ReportLanguage.EN));
        assertEquals("работает: ежедневная проверка запускает её в день, когда клиент уснул",
                sleep.why(ReportLanguage.RU));
    }

    @Test
    void aBirthdayChainRunsItsDaysBeforeOrOnTheDay() {
        ChainReadiness threeBefore = of(new Trigger.Birthday(3), null);
        ChainReadiness onTheDay = of(new Trigger.Birthday(0), null);

        assertTrue(threeBefore.running() && onTheDay.running());
        assertEquals("runs: the daily check starts it 3 days before the birthday on the customer's card",
                threeBefore.why(ReportLanguage.EN));
        assertEquals("работает: ежедневная проверка запускает её за 3 дня до дня рождения из карты клиента",
                threeBefore.why(ReportLanguage.RU));
        assertEquals("работает: ежедневная проверка запускает её за 21 день до дня рождения из карты клиента",
                of(new Trigger.Birthday(21), null).why(ReportLanguage.RU));
        assertEquals("runs: the daily check starts it on the birthday on the customer's card",
                onTheDay.why(ReportLanguage.EN));
    }

    @Test
    void aRefillChainOfALearnedGroupRunsAndShowsTheCycle() {
        ChainReadiness refill = of(new Trigger.Replenishment("dogfood", THREE_QUARTERS, 45), DOGFOOD_LEARNED);

        assertTrue(refill.running());
        assertEquals("runs: the daily check reminds each customer of dogfood 0.75 of their cycle after their last "
                + "purchase of dogfood. The cycle of dogfood is learned: 60 days (half of the intervals within 55-65 days), "
                + "from 120 intervals of 40 customers.", refill.why(ReportLanguage.EN));
        assertTrue(refill.why(ReportLanguage.RU).endsWith("Цикл dogfood выучен: 60 дней (половина интервалов: 55–65 "
                + "дней); данные: 120 интервалов, 40 покупателей."), refill.why(ReportLanguage.RU));
        assertEquals(60, ((ChainReadiness.Refill) refill).cycle().days(),
                "the learned cycle, not the chain's cycleDays, once the evidence is enough");
    }

    @Test
    void aRefillChainOfAGroupWithTooLittleEvidenceShowsItsCycleDaysStandingIn() {
        ChainReadiness refill = of(new Trigger.Replenishment("lenses", THREE_QUARTERS, 28), LENSES_TOO_LITTLE);

        assertTrue(refill.running(), "cycleDays stands in: the reminders go by it");
        assertTrue(refill.why(ReportLanguage.EN).endsWith("The cycle of lenses is not learned yet (12 intervals from "
                + "5 customers; a learned cycle needs at least 30 intervals from 10 customers); cycleDays, 28 days, "
                + "stands in until it is."), refill.why(ReportLanguage.EN));
        assertTrue(refill.why(ReportLanguage.RU).endsWith("Цикл lenses ещё не выучен (12 интервалов, 5 покупателей; "
                + "для цикла нужно минимум 30 интервалов и 10 покупателей); до тех пор его заменяет cycleDays: "
                + "28 дней."), refill.why(ReportLanguage.RU));
        assertEquals(28, ((ChainReadiness.Refill) refill).cycle().days());
    }

    @Test
    void aRefillChainWithNoEvidenceAndNoCycleDaysSaysItWillNotRun() {
        ChainReadiness refill = of(new Trigger.Replenishment("tyres", BigDecimal.ONE, null), null);

        assertFalse(refill.running());
        assertTrue(refill.why(ReportLanguage.EN).startsWith("does not run: "), refill.why(ReportLanguage.EN));
        assertTrue(refill.why(ReportLanguage.EN).endsWith("The cycle of tyres is not learned yet (nobody has bought "
                + "tyres twice yet; a learned cycle needs at least 30 intervals from 10 customers) and the chain gives "
                + "no cycleDays: it will not run until it is."), refill.why(ReportLanguage.EN));
        assertEquals(null, ((ChainReadiness.Refill) refill).cycle().days());
    }

    @Test
    void aCrossSellChainRunsAndSaysWhenItsOfferStarts() {
        ChainReadiness lens = of(new Trigger.Bought("camera", "lens", 3, 365), null);

        assertTrue(lens.running());
        assertEquals("runs: the daily check starts it 3 days after a purchase of camera, unless the customer bought "
                + "lens since or within 365 days before it", lens.why(ReportLanguage.EN));
    }
}

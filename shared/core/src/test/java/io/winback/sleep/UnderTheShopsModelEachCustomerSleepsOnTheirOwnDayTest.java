package io.winback.sleep;

import io.winback.domain.Customer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static io.winback.sleep.Shops.BANDS;
import static io.winback.sleep.Shops.PLAYBOOK;
import static io.winback.sleep.Shops.boughtOn;
import static io.winback.sleep.Shops.cdnowModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnderTheShopsModelEachCustomerSleepsOnTheirOwnDayTest {
    private static final TimingInForce.Model MODEL = cdnowModel(0.8);
    private static final SleepRule RULE = SleepRule.inForce(MODEL, PLAYBOOK);
    private static final BgNbd DAYS = new BgNbd(MODEL.r(), MODEL.alpha(), MODEL.a(), MODEL.b());

    @Test
    void theSleepDayIsTheFirstDayTheChanceOfNoPurchaseIn90DaysReachesTheThreshold() {
        Customer anna = boughtOn("2026-03-01", "2026-04-15", "2026-06-01");
        LocalDate sleepAt = anna.sleepAt(BANDS, SleepRule.inForce(cdnowModel(0.6), PLAYBOOK));
        LocalDate last = LocalDate.of(2026, 6, 1);
        long silence = ChronoUnit.DAYS.between(last, sleepAt);
        PurchaseHistory history = new PurchaseHistory(2, ChronoUnit.DAYS.between(LocalDate.of(2026, 3, 1), last),
                ChronoUnit.DAYS.between(LocalDate.of(2026, 3, 1), last));

        assertTrue(silence > 40 && silence < ModelSleepRule.LATEST_DAYS, "between the floor and four months: " + silence);
        assertTrue(DAYS.pNoPurchase(history.withSilence(silence), 90) >= 0.6, "asleep on the day");
        assertTrue(DAYS.pNoPurchase(history.withSilence(silence - 1), 90) < 0.6, "still expected the day before");
        assertNotEquals(last.plusDays(80), sleepAt, "not the playbook's 80 days for two or three purchases");
    }

    @Test
    void aPurchaseNoSoonerThanTheExpectedGapMovesTheSleepDayLater() {
        Customer once = boughtOn("2026-03-01");
        LocalDate before = once.sleepAt(BANDS, RULE);
        CardTiming timing = RULE.timing(once.band(BANDS), once.stats(), LocalDate.of(2026, 3, 2));
        // (α + T) / (r + x) for a one-time buyer: 30.9 / 0.243, 127 days after the first visit.
        assertEquals(LocalDate.of(2026, 3, 1).plusDays(127), timing.expectedNextPurchase());

        Customer back = boughtOn("2026-03-01", timing.expectedNextPurchase().toString());

        assertTrue(back.sleepAt(BANDS, RULE).isAfter(before), before + " then " + back.sleepAt(BANDS, RULE));
        assertTrue(back.sleepAt(BANDS, RULE).isAfter(timing.expectedNextPurchase()));
    }

    @Test
    void aRuleComingIntoForceWakesOnItsFirstDayThoseItWouldPutToSleepInThePastWhileThePlaybookWouldNotYet() {
        Customer once = boughtOn("2026-03-01");
        LocalDate playbookDay = LocalDate.of(2026, 3, 1).plusDays(66);
        LocalDate switchedOn = playbookDay.minusDays(10);
        SleepRule switched = ModelSleepRule.of(inForceFrom(switchedOn), PLAYBOOK);
        assertEquals(switchedOn, once.sleepAt(BANDS, switched),
                "the model's day (33) passed before it came into force, the playbook's (66) had not: woken that day");

        SleepRule afterThePlaybooksDay = ModelSleepRule.of(inForceFrom(playbookDay.plusDays(1)), PLAYBOOK);
        assertEquals(LocalDate.of(2026, 3, 1).plusDays(33), once.sleepAt(BANDS, afterThePlaybooksDay),
                "past under both rules: the model's own day, as any late customer's");
    }

    @Test
    void aOneTimeBuyerTheModelFindsAsleepAtOnceIsWokenNoSoonerThanHalfThePlaybooksWait() {
        SleepRule eager = SleepRule.inForce(cdnowModel(0.5), PLAYBOOK);
        Customer once = boughtOn("2026-03-01");
        PurchaseHistory atTheVisit = new PurchaseHistory(0, 0, 0);
        assertTrue(DAYS.pNoPurchase(atTheVisit, 90) >= 0.5, "the model finds them asleep the day they bought");

        assertEquals(LocalDate.of(2026, 3, 1).plusDays(33), once.sleepAt(BANDS, eager),
                "half the playbook's 66 days for one purchase");
    }

    @Test
    void aModelThatWouldWaitLongerThanFourMonthsWakesThemAtFourMonths() {
        SleepRule demanding = SleepRule.inForce(cdnowModel(0.9999), PLAYBOOK);
        Customer regular = boughtOn("2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01");

        assertEquals(LocalDate.of(2026, 5, 1).plusDays(ModelSleepRule.LATEST_DAYS), regular.sleepAt(BANDS, demanding),
                "four months of silence at the latest: asleep by any rule");
    }

    @Test
    void theCardShowsTheModelsFiguresForToday() {
        Customer anna = boughtOn("2026-03-01", "2026-04-15");
        LocalDate today = LocalDate.of(2026, 6, 1);
        CardTiming timing = RULE.timing(anna.band(BANDS), anna.stats(), today);
        PurchaseHistory now = new PurchaseHistory(1, 45, 92);

        assertEquals("bgnbd", timing.model());
        assertEquals(today, timing.asOf());
        assertEquals(DAYS.pAlive(now), timing.pAlive(), 1e-12);
        assertEquals(DAYS.pNoPurchase(now, 90), timing.pNoPurchase90d(), 1e-12);
        assertEquals(LocalDate.of(2026, 4, 15).plusDays(Math.round((MODEL.alpha() + 45) / (MODEL.r() + 1))),
                timing.expectedNextPurchase());
        assertEquals(anna.sleepAt(BANDS, RULE), timing.sleepAt());
    }

    @Test
    void aCustomerWhoNeverBoughtHasNoSleepDayUnderTheModelEither() {
        assertNull(Customer.firstSeen("C-1").sleepAt(BANDS, RULE));
    }

    /** CDNOW's model at threshold 0.5, put in force on {@code day}. */
    private static TimingInForce.Model inForceFrom(LocalDate day) {
        TimingInForce.Model model = cdnowModel(0.5);
        return new TimingInForce.Model(model.r(), model.alpha(), model.a(), model.b(), model.threshold(),
                model.windowDays(), day, model.fittedAt());
    }
}

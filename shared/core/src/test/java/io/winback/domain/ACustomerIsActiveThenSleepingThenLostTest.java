package io.winback.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Default thresholds: one purchase sleeps 66 days after the visit; lost more than 30 days after that. */
class ACustomerIsActiveThenSleepingThenLostTest {
    private final Standing.Policy policy = new Standing.Policy(PurchaseBandPolicy.DEFAULT, SleepPolicy.DEFAULT, 30);
    private final LocalDate visit = LocalDate.parse("2026-09-30");

    @Test
    void oneTimeBuyerThroughTheYear() {
        assertEquals(Standing.ACTIVE, policy.on(LocalDate.parse("2026-12-04"), 1, false, visit));
        assertEquals(Standing.SLEEPING, policy.on(LocalDate.parse("2026-12-05"), 1, false, visit));
        assertEquals(Standing.SLEEPING, policy.on(LocalDate.parse("2027-01-04"), 1, false, visit));
        assertEquals(Standing.LOST, policy.on(LocalDate.parse("2027-01-05"), 1, false, visit));
    }

    @Test
    void fourPurchasesSleepLaterAndNeverBoughtIsItsOwnStanding() {
        assertEquals(Standing.ACTIVE, policy.on(LocalDate.parse("2026-12-28"), 4, false, visit));
        assertEquals(Standing.SLEEPING, policy.on(LocalDate.parse("2026-12-29"), 4, false, visit));
        assertEquals(Standing.NEVER_BOUGHT, policy.on(LocalDate.parse("2026-12-05"), 0, true, null));
    }

    @Test
    void onlyTheActiveAndTheSleepingAreScored() {
        assertTrue(Standing.ACTIVE.isScored());
        assertTrue(Standing.SLEEPING.isScored());
        assertFalse(Standing.LOST.isScored());
        assertFalse(Standing.NEVER_BOUGHT.isScored());
    }
}

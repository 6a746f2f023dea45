package io.winback.cycles;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.winback.cycles.CycleFixtures.bought;
import static io.winback.cycles.CycleFixtures.learned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer's own intervals pull their cycle away from the group's by how much they say: four regular 30-day
 * intervals against a group's 60 days put the reminder near day 23 (0.75 × 30 = 22.5); one interval barely moves it;
 * ten irregular ones dominate.
 */
class ACustomerWhoseOwnFourIntervalsAre30DaysIsRemindedNearDay23Test {
    private static final LocalDate LAST = LocalDate.of(2026, 3, 1);
    private static final BigDecimal GROUP = new BigDecimal("60");
    private final GroupCycle dogfood = learned("dogfood", 60, 200, 1);

    @Test
    void fourIntervalsOf30DaysAreRemindedNearDay23() {
        ReplenishmentDue due = ReplenishmentDue.of(dogfood, null, bought("dogfood", LAST.minusDays(120), 30, 30, 30, 30),
                new BigDecimal("0.75"), CustomerCyclePolicy.DEFAULT);

        LocalDate day = ((ReplenishmentDue.On) due).day();
        assertEquals(23, java.time.temporal.ChronoUnit.DAYS.between(LAST, day));
    }

    @Test
    void oneIntervalOf30DaysMovesTheCycleAQuarterOfTheWay() {
        BigDecimal cycle = CustomerCyclePolicy.DEFAULT.cycleDays(List.of(30), GROUP);

        assertEquals(new BigDecimal("52.50"), cycle);
    }

    @Test
    void tenIrregularIntervalsAveraging30DaysDominate() {
        List<Integer> own = List.of(15, 45, 18, 42, 20, 40, 30, 30, 16, 44);

        BigDecimal cycle = CustomerCyclePolicy.DEFAULT.cycleDays(own, GROUP);

        // Their spread is an ordinary shopper's or more: k = 3, 10/13 of the way to their own 30 days.
        assertEquals(new BigDecimal("36.92"), cycle);
        assertTrue(cycle.compareTo(new BigDecimal("45")) < 0, "closer to their own 30 than to the group's 60");
    }
}

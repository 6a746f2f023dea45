package io.winback.cycles;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.winback.cycles.CycleFixtures.bought;
import static io.winback.cycles.CycleFixtures.learned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Below 30 intervals from 10 customers a group's cycle is shown but not trusted: a chain uses its own cycleDays, or
 * does not run and says why.
 */
class AGroupWithTooLittleEvidenceDoesNotRunAndSaysWhyTest {
    private static final LocalDate LAST = LocalDate.of(2026, 3, 1);

    @Test
    void twentyNineIntervalsAreNotEnough() {
        GroupCycle lenses = learned("lenses", 30, 29, 1);

        ReplenishmentDue due = ReplenishmentDue.of(lenses, null, bought("lenses", LAST), new BigDecimal("0.75"),
                CustomerCyclePolicy.DEFAULT);

        assertFalse(lenses.enoughEvidence());
        assertEquals(new ReplenishmentDue.NotRun("the cycle of lenses is not learned yet (29 intervals from 29 "
                + "customers; a learned cycle needs at least 30 intervals from 10 customers) and the chain gives no "
                + "cycleDays"), due);
    }

    @Test
    void fortyIntervalsOfFourCustomersAreNotEnough() {
        GroupCycle lenses = learned("lenses", 30, 4, 10);

        assertFalse(lenses.enoughEvidence());
        assertEquals("40 intervals from 4 customers; a learned cycle needs at least 30 intervals from 10 customers",
                lenses.shortfall());
    }

    @Test
    void theChainsCycleDaysStandInForTooLittleEvidence() {
        ReplenishmentDue due = ReplenishmentDue.of(learned("lenses", 30, 5, 1), 28, bought("lenses", LAST),
                new BigDecimal("0.75"), CustomerCyclePolicy.DEFAULT);

        assertEquals(new ReplenishmentDue.On(LAST.plusDays(21), new BigDecimal("28.00")), due);
    }

    @Test
    void aGroupNobodyBoughtTwiceHasNoCycleAtAll() {
        ReplenishmentDue due = ReplenishmentDue.of(null, null, bought("tyres", LAST), BigDecimal.ONE,
                CustomerCyclePolicy.DEFAULT);

        assertEquals(new ReplenishmentDue.NotRun("the cycle of tyres is not learned yet (no intervals yet) and the "
                + "chain gives no cycleDays"), due);
    }
}

package io.winback.cycles;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.winback.cycles.CycleFixtures.bought;
import static io.winback.cycles.CycleFixtures.learned;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A group learned at 60 days and a chain reminding at 0.75 of it: 45 days after the customer's last purchase. */
class DogFoodBoughtEvery60DaysIsRemindedOnDay45Test {
    private static final LocalDate LAST = LocalDate.of(2026, 3, 1);
    private final GroupCycle dogfood = learned("dogfood", 60, 200, 1);

    @Test
    void aCustomerWhoBoughtEvery60DaysIsDueOnDay45() {
        GroupPurchases customer = bought("dogfood", LAST.minusDays(120), 60, 60);

        ReplenishmentDue due = ReplenishmentDue.of(dogfood, null, customer, new BigDecimal("0.75"),
                CustomerCyclePolicy.DEFAULT);

        assertEquals(new ReplenishmentDue.On(LAST.plusDays(45), new BigDecimal("60.00")), due);
    }

    @Test
    void aCustomerWhoBoughtOnceIsDueOnTheGroupsDay45() {
        ReplenishmentDue due = ReplenishmentDue.of(dogfood, null, bought("dogfood", LAST), new BigDecimal("0.75"),
                CustomerCyclePolicy.DEFAULT);

        assertEquals(new ReplenishmentDue.On(LAST.plusDays(45), new BigDecimal("60.00")), due);
    }

    @Test
    void theGroupsCycleRestsOnItsEvidence() {
        assertEquals(60, dogfood.medianDays());
        assertEquals(200, dogfood.intervals());
        assertEquals(200, dogfood.customers());
        assertEquals(0, dogfood.interquartileDays());
        assertEquals(true, dogfood.enoughEvidence());
    }
}

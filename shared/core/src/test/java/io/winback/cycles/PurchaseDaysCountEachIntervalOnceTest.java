package io.winback.cycles;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.winback.cycles.CycleFixtures.bought;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A customer's purchase days of a group, and what each change does to the group's evidence. */
class PurchaseDaysCountEachIntervalOnceTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void twoPurchasesOnOneDayAreOnePurchaseDay() {
        GroupPurchases.Change second = bought("dogfood", JAN_1, 60)
                .withPurchase("later-that-day", JAN_1.plusDays(60), BigDecimal.ONE);

        assertEquals(List.of(60), second.after().intervals());
        assertTrue(second.delta().isEmpty());
    }

    @Test
    void aRedeliveredReceiptChangesNothing() {
        GroupPurchases customer = bought("dogfood", JAN_1, 60);

        GroupPurchases.Change again = customer.withPurchase("s-1", JAN_1.plusDays(60), BigDecimal.ONE);

        assertFalse(again.changed());
        assertTrue(again.delta().isEmpty());
    }

    @Test
    void theSecondPurchaseDayCountsAnIntervalAndTheCustomer() {
        GroupPurchases.Change second = bought("dogfood", JAN_1).withPurchase("s-1", JAN_1.plusDays(61), BigDecimal.ONE);

        assertEquals(new IntervalDelta(Map.of(61, 1L), 1), second.delta());
    }

    @Test
    void aLateReceiptBetweenTwoDaysSplitsTheirInterval() {
        GroupPurchases.Change late = bought("dogfood", JAN_1, 60).withPurchase("late", JAN_1.plusDays(20), BigDecimal.ONE);

        assertEquals(new IntervalDelta(Map.of(60, -1L, 20, 1L, 40, 1L), 0), late.delta());
    }

    @Test
    void aReturnedPurchaseLeavesNoPhantomInterval() {
        GroupPurchases customer = bought("dogfood", JAN_1, 60, 5);

        GroupPurchases.Change returned = customer.withReturn("s-2", BigDecimal.ONE);

        assertEquals(List.of(60), returned.after().intervals());
        assertEquals(new IntervalDelta(Map.of(5, -1L), 0), returned.delta());
    }

    @Test
    void aPartReturnKeepsTheDay() {
        GroupPurchases customer = GroupPurchases.none("dogfood").withPurchase("s-0", JAN_1, BigDecimal.ONE).after()
                .withPurchase("s-1", JAN_1.plusDays(30), new BigDecimal("3")).after();

        GroupPurchases.Change returned = customer.withReturn("s-1", BigDecimal.ONE);

        assertEquals(List.of(30), returned.after().intervals());
        assertTrue(returned.delta().isEmpty());
    }

    @Test
    void returningTheSecondPurchaseUncountsTheCustomer() {
        GroupPurchases.Change returned = bought("dogfood", JAN_1, 60).withReturn("s-1", BigDecimal.ONE);

        assertEquals(new IntervalDelta(Map.of(60, -1L), -1), returned.delta());
    }

    @Test
    void onlyTheLastElevenDaysAreKeptAndForgettingCountsNothing() {
        GroupPurchases customer = bought("dogfood", JAN_1, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30);
        assertEquals(GroupPurchases.KEPT_DAYS, customer.days().size());

        GroupPurchases.Change twelfth = customer.withPurchase("s-11", JAN_1.plusDays(330), BigDecimal.ONE);

        assertEquals(GroupPurchases.KEPT_DAYS, twelfth.after().days().size());
        assertTrue(twelfth.after().truncated());
        assertEquals(new IntervalDelta(Map.of(30, 1L), 0), twelfth.delta());
        // A receipt older than every kept day of a truncated record: its interval is unknown, nothing changes.
        assertFalse(twelfth.after().withPurchase("very-late", JAN_1, BigDecimal.ONE).changed());
    }
}

package io.winback.timing;

import io.winback.sleep.PurchaseHistory;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A customer's (x, t_x, T) from the days they bought on, and the histories that cannot be. */
class PurchaseHistoryTest {
    private static final LocalDate CUTOFF = LocalDate.of(1997, 9, 30);

    @Test
    void twoPurchasesOnOneDayAreOneVisitAndPurchasesAfterTheCutoffAreNotYetKnown() {
        List<LocalDate> days = List.of(LocalDate.of(1997, 1, 1), LocalDate.of(1997, 1, 18), LocalDate.of(1997, 1, 18),
                LocalDate.of(1997, 8, 2), LocalDate.of(1997, 12, 12));

        PurchaseHistory inWeeks = PurchaseHistory.asOf(days, CUTOFF, 7);

        // CDNOW's first customer as Hardie's table has them: x = 2, t_x = 30.43, T = 38.86 weeks.
        assertEquals(new PurchaseHistory(2, 213 / 7.0, 272 / 7.0), inWeeks);
        assertEquals(new PurchaseHistory(2, 213, 272), PurchaseHistory.asOf(days, CUTOFF, 1));
    }

    @Test
    void aCustomerWhoBoughtOnceHasNoRepeatAndLastAtZero() {
        assertEquals(new PurchaseHistory(0, 0, 10), PurchaseHistory.asOf(List.of(CUTOFF.minusDays(10)), CUTOFF, 1));
    }

    @Test
    void silenceOnlyMakesTheCustomerOlder() {
        assertEquals(new PurchaseHistory(3, 40, 130), new PurchaseHistory(3, 40, 55).withSilence(90));
    }

    @Test
    void impossibleHistoriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PurchaseHistory(-1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseHistory(1, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseHistory(0, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseHistory(1, Double.NaN, 4));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseHistory(1, 1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class,
                () -> PurchaseHistory.asOf(List.of(CUTOFF.plusDays(1)), CUTOFF, 1));
    }
}

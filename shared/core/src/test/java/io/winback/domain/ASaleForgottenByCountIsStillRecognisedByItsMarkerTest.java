package io.winback.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recent sale ids a customer keeps are bounded by count and time; what the count forgets is marked first, and
 * only a sale received no later than the last forgotten one needs its marker read.
 */
class ASaleForgottenByCountIsStillRecognisedByItsMarkerTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private static RecentlyAppliedSales applied(int count) {
        RecentlyAppliedSales recent = RecentlyAppliedSales.NONE;
        for (int i = 0; i < count; i++) {
            recent = recent.with("s-" + i, T0.plusSeconds(i));
        }
        return recent;
    }

    @Test
    void beyondTheCountTheEarliestReceivedAreForgottenAndMustBeMarked() {
        RecentlyAppliedSales.Trimmed trimmed = applied(RecentlyAppliedSales.KEPT + 30).trimmed();

        assertEquals(RecentlyAppliedSales.KEPT, trimmed.kept().receivedAt().size());
        assertEquals(30, trimmed.forgotten().size());
        assertTrue(trimmed.forgotten().containsKey("s-0") && trimmed.forgotten().containsKey("s-29"));
        assertEquals(T0.plusSeconds(29).toEpochMilli(), trimmed.kept().forgottenUpTo());
        assertEquals(RecentlyAppliedSales.Known.ASK_MARKERS, trimmed.kept().knows("s-3", T0.plusSeconds(3)));
        assertEquals(RecentlyAppliedSales.Known.APPLIED, trimmed.kept().knows("s-30", T0.plusSeconds(30)));
        assertEquals(RecentlyAppliedSales.Known.NOT_APPLIED, trimmed.kept().knows("new", T0.plusSeconds(29).plusMillis(1)),
                "received after everything forgotten: never applied, no read");
    }

    @Test
    void idsReceivedLongBeforeTheCustomersLatestSaleAreDroppedWithoutAMarker() {
        RecentlyAppliedSales.Trimmed trimmed = applied(10)
                .with("late", T0.plus(RecentlyAppliedSales.RETENTION).plus(Duration.ofSeconds(5))).trimmed();

        assertEquals(Map.of(), trimmed.forgotten());
        assertEquals(6, trimmed.kept().receivedAt().size(), "s-5 to s-9, and the late one");
        assertEquals(null, trimmed.kept().forgottenUpTo());
    }

    @Test
    void aCustomerSkipsASaleItsMarkerSaysWasApplied() {
        Sale sale = Sales.sale("s-3", "C-1", "2026-11-20T12:00:00+03:00", "100");
        Customer customer = Customer.firstSeen("C-1")
                .withRecentSales(applied(RecentlyAppliedSales.KEPT + 30).trimmed().kept());

        assertEquals(customer, customer.apply(sale, T0.plusSeconds(3), java.time.ZoneId.of("Europe/Moscow"),
                java.util.Set.of("s-3")));
        assertEquals(1, customer.apply(sale, T0.plusSeconds(3), java.time.ZoneId.of("Europe/Moscow"),
                java.util.Set.of()).stats().purchases(), "no marker: it was never applied");
    }
}

package io.winback.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.winback.domain.Sales.refund;
import static io.winback.domain.Sales.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class StatsComeOutTheSameWhateverTheArrivalOrderTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final List<Sale> history = List.of(
            sale("s1", "C-1", "2026-01-01T10:00:00+03:00", "1000.00"),
            sale("s2", "C-1", "2026-01-03T18:00:00+03:00", "500.50"),
            sale("s3", "C-1", "2026-01-03T19:00:00+03:00", "99.99"),
            refund("r1", "C-1", "2026-01-04T11:00:00+03:00", "500.50"),
            sale("s4", "C-1", "2026-01-10T09:00:00+03:00", "2000.00"),
            sale("s5", "C-1", "2026-01-11T09:00:00+03:00", "10.00"));

    @Test
    void everyFieldFollowsItsDefinition() {
        CustomerStats stats = applyAll(history).stats();

        assertEquals(5, stats.purchases());
        assertEquals(1, stats.returns());
        assertEquals(new BigDecimal("3109.99"), stats.netSpent());
        assertEquals(new BigDecimal("622.00"), stats.averageCheck(), "3109.99 / 5 = 621.998, half-up");
        assertEquals(Instant.parse("2026-01-01T07:00:00Z"), stats.firstPurchaseAt());
        assertEquals(Instant.parse("2026-01-11T06:00:00Z"), stats.lastPurchaseAt());
        assertEquals(4, stats.visitDays().size(), "two sales on the 3rd are one visit day; a return is no visit");
        assertEquals(new BigDecimal("3.33"), stats.meanIntervalDays(), "(11 - 1) / 3");
        assertEquals(new BigDecimal("2.0"), stats.medianIntervalDays(), "gaps 2, 7, 1");
    }

    @Test
    void anyPermutationGivesEqualStats() {
        CustomerStats expected = applyAll(history).stats();
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            List<Sale> shuffled = new ArrayList<>(history);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, applyAll(shuffled).stats(), "order " + shuffled.stream().map(Sale::saleId).toList());
        }
    }

    @Test
    void aRedeliveredSaleChangesNothing() {
        Customer once = applyAll(history);

        Customer again = once.apply(history.get(1), NOW.plusSeconds(60), MOSCOW);

        assertSame(once, again);
    }

    @Test
    void appliedSaleIdsAreForgottenOnlyOnceTheCustomersLaterSalesShowStreamRetentionHasPassed() {
        Customer customer = Customer.firstSeen("C-1").apply(history.get(0), NOW, MOSCOW);
        Customer dayLater = customer.apply(history.get(1), NOW.plus(java.time.Duration.ofHours(24)), MOSCOW);
        Customer applied = dayLater.apply(history.get(2), NOW.plus(java.time.Duration.ofHours(50)), MOSCOW);
        Customer twoDaysLater = applied.withRecentSales(applied.recentSales().trimmed().kept());

        assertEquals(true, dayLater.hasApplied("s1"));
        assertEquals(false, twoDaysLater.hasApplied("s1"));
        assertEquals(true, twoDaysLater.hasApplied("s2"));
        assertEquals(null, twoDaysLater.recentSales().forgottenUpTo(), "forgotten by time: no marker needed");
    }

    @Test
    void theShopsTimeZoneDecidesTheVisitDay() {
        Sale lateEveningUtc = sale("s1", "C-1", "2026-11-20T22:30:00Z", "100");

        CustomerStats moscow = Customer.firstSeen("C-1").apply(lateEveningUtc, NOW, MOSCOW).stats();
        CustomerStats london = Customer.firstSeen("C-1").apply(lateEveningUtc, NOW, ZoneId.of("Europe/London")).stats();

        assertEquals(LocalDate.parse("2026-11-21"), moscow.lastVisitDay());
        assertEquals(LocalDate.parse("2026-11-20"), london.lastVisitDay());
    }

    @Test
    void oneVisitDayHasNoInterval() {
        CustomerStats stats = applyAll(List.of(history.get(1), history.get(2))).stats();

        assertNull(stats.meanIntervalDays());
        assertNull(stats.medianIntervalDays());
    }

    @Test
    void evenNumberOfGapsTakesTheMiddleAverage() {
        CustomerStats stats = applyAll(List.of(history.get(0), history.get(1), history.get(4))).stats();

        assertEquals(new BigDecimal("4.5"), stats.medianIntervalDays(), "gaps 2 and 7");
    }

    private Customer applyAll(List<Sale> sales) {
        Customer customer = Customer.firstSeen("C-1");
        for (Sale sale : sales) {
            customer = customer.apply(sale, NOW, MOSCOW);
        }
        return customer;
    }
}

package io.winback.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.winback.domain.Sales.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OneTimeBuyerFallsAsleep66DaysAfterTheVisitTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void oneTimeBuyerIsInSegmentOneAndSleepsAfter66Days() {
        Customer customer = Customer.firstSeen("C-1").apply(sale("s1", "C-1", "2026-09-01T12:00:00+03:00", "900"), NOW, MOSCOW);

        assertEquals(PurchaseBand.ONE, customer.band(PurchaseBandPolicy.DEFAULT));
        assertEquals(LocalDate.parse("2026-11-06"), customer.sleepAt(PurchaseBandPolicy.DEFAULT, SleepPolicy.DEFAULT));
    }

    @Test
    void twoOrThreePurchasesSleepAfter80DaysFourOrMoreAfter90() {
        Customer customer = Customer.firstSeen("C-1");
        String[] days = {"2026-01-10", "2026-02-10", "2026-03-10", "2026-04-10"};
        int[] expectedSleepDays = {66, 80, 80, 90};
        PurchaseBand[] expectedSegments = {PurchaseBand.ONE, PurchaseBand.FEW, PurchaseBand.FEW, PurchaseBand.MANY};
        for (int i = 0; i < days.length; i++) {
            customer = customer.apply(sale("s" + i, "C-1", days[i] + "T12:00:00+03:00", "100"), NOW, MOSCOW);
            assertEquals(expectedSegments[i], customer.band(PurchaseBandPolicy.DEFAULT));
            assertEquals(LocalDate.parse(days[i]).plusDays(expectedSleepDays[i]),
                    customer.sleepAt(PurchaseBandPolicy.DEFAULT, SleepPolicy.DEFAULT));
        }
    }

    @Test
    void vipCardHolderIsVipFromTheFirstPurchaseAndSleepsAfter90Days() {
        Sale sale = Sales.withCustomer(sale("s1", "C-1", "2026-09-01T12:00:00+03:00", "900"),
                new SaleCustomer("C-1", null, null, null, null, null, null, true, null));
        Customer customer = Customer.firstSeen("C-1").apply(sale, NOW, MOSCOW);

        assertEquals(PurchaseBand.VIP, customer.band(PurchaseBandPolicy.DEFAULT));
        assertEquals(LocalDate.parse("2026-11-30"), customer.sleepAt(PurchaseBandPolicy.DEFAULT, SleepPolicy.DEFAULT));
    }

    @Test
    void customerWhoOnlyReturnedGoodsHasNoSegmentAndNeverSleeps() {
        Customer customer = Customer.firstSeen("C-1")
                .apply(Sales.refund("r1", "C-1", "2026-09-01T12:00:00+03:00", "300"), NOW, MOSCOW);

        assertNull(customer.band(PurchaseBandPolicy.DEFAULT));
        assertNull(customer.sleepAt(PurchaseBandPolicy.DEFAULT, SleepPolicy.DEFAULT));
    }

    @Test
    void configuredThresholdsMoveTheSegmentBoundaries() {
        PurchaseBandPolicy bands = new PurchaseBandPolicy(3, 6);

        assertEquals(PurchaseBand.ONE, bands.bandOf(2, false));
        assertEquals(PurchaseBand.FEW, bands.bandOf(5, false));
        assertEquals(PurchaseBand.MANY, bands.bandOf(6, false));
    }
}

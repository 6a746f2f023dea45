package io.winback.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The worked examples of a CRM vendor's guide, figure for figure. */
class RetentionMetricsFollowTheVendorsWorkedExamplesTest {

    @Test
    void acquisitionCostIsTheSpendPerNewCustomer() {
        assertEquals(0, new BigDecimal("500").compareTo(RetentionMetrics.cac(new BigDecimal("125000"), 250)));
    }

    @Test
    void averageOrderValueIsRevenuePerPurchase() {
        assertEquals(0, new BigDecimal("6700").compareTo(RetentionMetrics.aov(new BigDecimal("1675000"), 250)));
    }

    @Test
    void retentionRateLeavesTheNewCustomersOut() {
        assertEquals(0, new BigDecimal("97.95").compareTo(RetentionMetrics.crrPercent(120_700, 1_200, 122_000)));
    }

    @Test
    void lifetimeValueIsTheAverageCheckTimesPurchasesTimesPeriods() {
        assertEquals(0, new BigDecimal("4788").compareTo(RetentionMetrics.ltv(new BigDecimal("399"), BigDecimal.ONE, 12)));
    }

    @Test
    void aFigureWithNothingToDivideByIsAbsentRatherThanZero() {
        assertNull(RetentionMetrics.cac(new BigDecimal("1000"), 0));
        assertNull(RetentionMetrics.cac(null, 10));
        assertNull(RetentionMetrics.aov(BigDecimal.ZERO, 0));
        assertNull(RetentionMetrics.crrPercent(5, 0, 0));
        assertNull(RetentionMetrics.repeatPurchaseRatePercent(0, 0));
    }

    @Test
    void repeatPurchaseRateIsTheShareOfBuyersWhoCameTwiceOrMore() {
        assertEquals(0, new BigDecimal("33.33").compareTo(RetentionMetrics.repeatPurchaseRatePercent(1, 3)));
    }
}

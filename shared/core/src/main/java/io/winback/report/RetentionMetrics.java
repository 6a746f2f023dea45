package io.winback.report;

import io.winback.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The retention metrics' definitions, as a CRM vendor's guide gives them (docs/reports.md, "Retention metrics"). Money is in
 * roubles with kopecks; a rate is in percent with two decimals. Each answers null when its denominator is zero: no
 * figure is better than a wrong one.
 */
public final class RetentionMetrics {
    private RetentionMetrics() {
    }

    /** Customer acquisition cost: marketing spend / new customers (125,000 / 250 = 500). */
    public static BigDecimal cac(BigDecimal marketingSpend, long newCustomers) {
        return marketingSpend == null || newCustomers == 0 ? null
                : Money.perEach(marketingSpend, newCustomers).amount();
    }

    /** Average order value: revenue / purchases (1,675,000 / 250 = 6,700). */
    public static BigDecimal aov(BigDecimal revenue, long purchases) {
        return purchases == 0 ? null : Money.perEach(revenue, purchases).amount();
    }

    /**
     * Customer retention rate, percent: (customers at the end − new customers in the period) / customers at the start
     * ((120,700 − 1,200) / 122,000 = 97.95 %).
     */
    public static BigDecimal crrPercent(long atEnd, long newInPeriod, long atStart) {
        return atStart == 0 ? null : percent(atEnd - newInPeriod, atStart);
    }

    /**
     * Lifetime value: average check × purchases per period × periods (399 × 1 × 12 = 4,788): what a customer brings
     * over the lifetime the owner expects, measured in periods of the report's length.
     */
    public static BigDecimal ltv(BigDecimal averageCheck, BigDecimal purchasesPerPeriod, int periods) {
        return averageCheck == null || purchasesPerPeriod == null ? null
                : Money.rounded(averageCheck.multiply(purchasesPerPeriod).multiply(BigDecimal.valueOf(periods))).amount();
    }

    /** Repeat-purchase rate, percent: buyers of the period with two or more purchases in it / all its buyers. */
    public static BigDecimal repeatPurchaseRatePercent(long repeatBuyers, long buyers) {
        return buyers == 0 ? null : percent(repeatBuyers, buyers);
    }

    /** {@code part / whole} in percent, two decimals, half up: a rate, not money, so not {@link Money}. */
    public static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}

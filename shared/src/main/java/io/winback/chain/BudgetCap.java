package io.winback.chain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The most a single bonus may be: average check × margin × share of the margin the shop gives away
 * (900 × 40 % × 50 % = 180). {@code averageCheck} null means "the shop's real average check from the stats".
 */
public record BudgetCap(BigDecimal averageCheck, BigDecimal margin, BigDecimal share) {
    public static final BudgetCap DEFAULT = new BudgetCap(null, new BigDecimal("0.40"), new BigDecimal("0.50"));

    /** The cap in money, given the shop's average check when none is configured; null if neither is known. */
    public BigDecimal cap(BigDecimal shopAverageCheck) {
        BigDecimal check = averageCheck != null ? averageCheck : shopAverageCheck;
        if (check == null) {
            return null;
        }
        return check.multiply(margin).multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal checkUsed(BigDecimal shopAverageCheck) {
        return averageCheck != null ? averageCheck : shopAverageCheck;
    }
}

package io.winback.report.reactivation;

import io.winback.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Count, sum and sum of squares of a value per customer (revenue won back): enough for the mean and the variance,
 * so a report keeps three numbers per group and nothing per customer.
 */
public record Moments(long n, BigDecimal sum, BigDecimal sumOfSquares) {
    public static final Moments NONE = new Moments(0, BigDecimal.ZERO, BigDecimal.ZERO);

    public Moments plus(BigDecimal value) {
        return new Moments(n + 1, sum.add(value), sumOfSquares.add(value.multiply(value)));
    }

    /** Null when there is no value. */
    public Double mean() {
        return n == 0 ? null : sum.doubleValue() / n;
    }

    /** The sample variance (n − 1); null below two values. */
    public Double variance() {
        if (n < 2) {
            return null;
        }
        BigDecimal n1 = BigDecimal.valueOf(n);
        BigDecimal squaresAboutMean = sumOfSquares.subtract(sum.multiply(sum).divide(n1, MathContext.DECIMAL128));
        return squaresAboutMean.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL128).max(BigDecimal.ZERO)
                .doubleValue();
    }

    public BigDecimal meanMoney() {
        return n == 0 ? null : Money.perEach(sum, n).amount();
    }
}

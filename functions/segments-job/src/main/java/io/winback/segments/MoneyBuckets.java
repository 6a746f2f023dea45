package io.winback.segments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The resolution at which net spent is compared: whole roubles (kopecks dropped) below 10,000 ₽, and four significant
 * figures above (10 ₽ steps up to 100,000 ₽, 100 ₽ up to 1,000,000 ₽, and so on), the same for refunds beyond
 * purchases on the negative side. Customers in one bucket are tied. It keeps the job's histogram bounded (about
 * 9,000 buckets a decade, whatever the number of customers) while ranking finer than anyone reads a report.
 */
final class MoneyBuckets {
    private static final long EXACT_BELOW = 10_000;

    private MoneyBuckets() {
    }

    /** The bucket of {@code amount}, as its lowest whole rouble value; ordering is kept. Null counts as zero. */
    static long keyOf(BigDecimal amount) {
        if (amount == null) {
            return 0;
        }
        // A bucket key, not an amount: whole roubles, kopecks dropped (never Money's rounding, which would tie 9.995
        // with 10).
        long roubles = amount.abs().setScale(0, RoundingMode.FLOOR).longValueExact();
        long step = 1;
        while (roubles / step >= EXACT_BELOW) {
            step *= 10;
        }
        long bucket = roubles / step * step;
        return amount.signum() < 0 ? -bucket : bucket;
    }
}

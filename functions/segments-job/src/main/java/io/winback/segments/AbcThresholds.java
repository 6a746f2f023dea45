package io.winback.segments;

import io.winback.domain.AbcClass;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;

/**
 * ABC classes from the revenue of each net-spent bucket ({@link MoneyBuckets}). Customers are ranked by net spent,
 * highest first; the revenue is the sum of the positive net spent. A customer is A when those who spent more made
 * less than 80 % of the revenue (so A together make the top 80 %), B when they made less than 95 % (the next 15 %),
 * C otherwise (the last 5 %, and everyone below one rouble). Ties share a bucket and therefore a class.
 * {@code aFrom} and {@code bFrom} are the least bucket of class A and of B; null when the class is empty.
 */
record AbcThresholds(Long aFrom, Long bFrom) {
    private static final BigDecimal A_PERCENT = BigDecimal.valueOf(80);
    private static final BigDecimal B_PERCENT = BigDecimal.valueOf(95);

    static AbcThresholds of(NavigableMap<Long, BigDecimal> revenueByBucket) {
        BigDecimal revenue = revenueByBucket.tailMap(0L, false).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Long aFrom = null;
        Long bFrom = null;
        BigDecimal before = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> bucket : revenueByBucket.tailMap(0L, false).descendingMap().entrySet()) {
            BigDecimal percentBefore = before.multiply(BigDecimal.valueOf(100));
            if (percentBefore.compareTo(A_PERCENT.multiply(revenue)) < 0) {
                aFrom = bucket.getKey();
            } else if (percentBefore.compareTo(B_PERCENT.multiply(revenue)) < 0) {
                bFrom = bucket.getKey();
            } else {
                break;
            }
            before = before.add(bucket.getValue());
        }
        return new AbcThresholds(aFrom, bFrom);
    }

    AbcClass classOf(long bucket) {
        if (aFrom != null && bucket >= aFrom) {
            return AbcClass.A;
        }
        return bFrom != null && bucket >= bFrom ? AbcClass.B : AbcClass.C;
    }
}

package io.winback.segments;

import io.winback.domain.ScoreStore;
import io.winback.domain.Standing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;

/**
 * The first scan: histograms of the scored customers' recency (days), frequency (purchases) and net spent (buckets,
 * with their revenue). Their size follows the distinct values, which the buckets bound, never the customers.
 * Called from every scan thread at once.
 */
final class FirstPass {
    private final LocalDate day;
    private final Standing.Policy standing;
    private final TreeMap<Long, Long> recency = new TreeMap<>();
    private final TreeMap<Long, Long> frequency = new TreeMap<>();
    private final TreeMap<Long, Long> monetary = new TreeMap<>();
    private final TreeMap<Long, BigDecimal> revenue = new TreeMap<>();

    FirstPass(LocalDate day, Standing.Policy standing) {
        this.day = day;
        this.standing = standing;
    }

    void add(ScoreStore.Figures customer) {
        if (!standing.on(day, customer.purchases(), customer.vip(), customer.lastVisitDay()).isScored()) {
            return;
        }
        long money = MoneyBuckets.keyOf(customer.netSpent());
        BigDecimal spent = customer.netSpent() == null ? BigDecimal.ZERO : customer.netSpent();
        synchronized (this) {
            recency.merge(Scoring.recencyValue(day, customer.lastVisitDay()), 1L, Long::sum);
            frequency.merge((long) customer.purchases(), 1L, Long::sum);
            monetary.merge(money, 1L, Long::sum);
            revenue.merge(money, spent, BigDecimal::add);
        }
    }

    synchronized Scoring scoring() {
        return new Scoring(day, standing, quintiles(recency), quintiles(frequency), quintiles(monetary),
                AbcThresholds.of(revenue));
    }

    private static Quintiles quintiles(TreeMap<Long, Long> histogram) {
        return histogram.isEmpty() ? Quintiles.NOBODY : Quintiles.of(histogram);
    }
}

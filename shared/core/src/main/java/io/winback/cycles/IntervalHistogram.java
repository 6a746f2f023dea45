package io.winback.cycles;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many intervals between a customer's consecutive purchases of a group lasted each number of days, over all
 * customers: the group's whole evidence in one small map, kept by adding counts (so a new interval is one write, never
 * a rescan). Intervals longer than {@link #LONGEST_DAYS} count at {@link #LONGEST_DAYS}: beyond a year and a month
 * the exact length says only that the wait was long, and the cap keeps the map, so its item, bounded.
 *
 * @param countsByDays intervals per length in days (1..LONGEST_DAYS); lengths counted zero are left out
 */
public record IntervalHistogram(SortedMap<Integer, Long> countsByDays) {
    public static final int LONGEST_DAYS = 400;
    public static final IntervalHistogram EMPTY = new IntervalHistogram(new TreeMap<>());

    public IntervalHistogram {
        TreeMap<Integer, Long> kept = new TreeMap<>();
        countsByDays.forEach((days, count) -> {
            if (count != null && count > 0) {
                kept.merge(bucket(days), count, Long::sum);
            }
        });
        countsByDays = Collections.unmodifiableSortedMap(kept);
    }

    public static IntervalHistogram of(Map<Integer, Long> countsByDays) {
        return new IntervalHistogram(new TreeMap<>(countsByDays));
    }

    /** The day an interval of {@code days} counts at: itself, at least 1, at most {@link #LONGEST_DAYS}. */
    public static int bucket(int days) {
        return Math.max(1, Math.min(LONGEST_DAYS, days));
    }

    public long intervals() {
        return countsByDays.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The {@code p}-quantile by the nearest rank: the shortest length at which at least {@code ceil(p × n)} intervals
     * are counted. A whole number of days, as purchases are counted in days; the median is the lower of the two
     * middle values when the count is even. Undefined (an exception) on an empty histogram.
     */
    public int quantile(double p) {
        long n = intervals();
        if (n == 0) {
            throw new IllegalStateException("no intervals");
        }
        long rank = Math.max(1, (long) Math.ceil(p * n));
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : countsByDays.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return countsByDays.lastKey();
    }
}

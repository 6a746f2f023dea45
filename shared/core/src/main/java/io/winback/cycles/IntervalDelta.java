package io.winback.cycles;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one change of a customer's purchases of a group does to the group's evidence: intervals counted or
 * uncounted per length (at their {@link IntervalHistogram#bucket}), and the customer counted (+1), uncounted (-1) or
 * neither (0) among those who gave an interval.
 */
public record IntervalDelta(Map<Integer, Long> byDays, int customers) {
    public static final IntervalDelta NONE = new IntervalDelta(Map.of(), 0);

    public IntervalDelta {
        Map<Integer, Long> kept = new TreeMap<>();
        byDays.forEach((days, count) -> {
            if (count != 0) {
                kept.put(days, count);
            }
        });
        byDays = Collections.unmodifiableMap(kept);
    }

    /** The intervals of {@code after} counted, those of {@code before} uncounted (a multiset difference). */
    static IntervalDelta between(List<Integer> before, List<Integer> after, boolean countedBefore,
                                 boolean countedAfter) {
        Map<Integer, Long> counts = new HashMap<>();
        after.forEach(days -> counts.merge(IntervalHistogram.bucket(days), 1L, Long::sum));
        before.forEach(days -> counts.merge(IntervalHistogram.bucket(days), -1L, Long::sum));
        return new IntervalDelta(counts, Boolean.compare(countedAfter, countedBefore));
    }

    public IntervalDelta plus(IntervalDelta other) {
        Map<Integer, Long> counts = new HashMap<>(byDays);
        other.byDays.forEach((days, count) -> counts.merge(days, count, Long::sum));
        return new IntervalDelta(counts, customers + other.customers);
    }

    public boolean isEmpty() {
        return byDays.isEmpty() && customers == 0;
    }
}

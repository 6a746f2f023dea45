package io.winback.segments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Scores 1 to 5 by fifths of a ranking, from a histogram (value → customers), higher values scoring higher. A
 * customer's score is 1 + ⌊5 × (customers with a strictly lower value) / (all customers)⌋: the fifth in which the
 * first of their ties stands, so equal values always score the same, and a tie straddling a cut point scores the
 * lower fifth. {@code from} holds, for scores 2 to 5, the least value scoring at least that (null: nobody does).
 */
record Quintiles(List<Long> from) {
    static final Quintiles NOBODY = new Quintiles(Collections.nCopies(4, null));

    Quintiles {
        if (from.size() != 4) {
            throw new IllegalArgumentException("cut points for scores 2 to 5 expected, got " + from.size());
        }
        from = Collections.unmodifiableList(new ArrayList<>(from));
    }

    static Quintiles of(NavigableMap<Long, Long> customersByValue) {
        long all = customersByValue.values().stream().mapToLong(Long::longValue).sum();
        List<Long> from = new ArrayList<>(Collections.nCopies(4, null));
        long below = 0;
        for (Map.Entry<Long, Long> bucket : customersByValue.entrySet()) {
            int score = (int) (1 + 5 * below / all);
            for (int s = 2; s <= score; s++) {
                if (from.get(s - 2) == null) {
                    from.set(s - 2, bucket.getKey());
                }
            }
            below += bucket.getValue();
        }
        return new Quintiles(from);
    }

    int scoreOf(long value) {
        int score = 1;
        for (int s = 2; s <= 5; s++) {
            Long least = from.get(s - 2);
            if (least != null && value >= least) {
                score = s;
            }
        }
        return score;
    }

    /** Score → least value scoring at least that, for the scores somebody reaches. */
    Map<Integer, Long> cutPoints() {
        Map<Integer, Long> cuts = new TreeMap<>();
        for (int s = 2; s <= 5; s++) {
            if (from.get(s - 2) != null) {
                cuts.put(s, from.get(s - 2));
            }
        }
        return cuts;
    }
}

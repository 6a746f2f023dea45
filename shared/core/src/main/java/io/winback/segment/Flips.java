package io.winback.segment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The arithmetic of flip days: the earlier of two (null meaning never), and the first day a condition's answer
 * changes, found among the only days it can change on (its candidates), so that what a condition reports is exact
 * rather than merely early.
 */
final class Flips {
    private Flips() {
    }

    /** The earlier day; null stands for never, so it loses to any day. */
    static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /**
     * The first of {@code candidates} after {@code day} on which {@code holdsOn} answers otherwise than on
     * {@code day}; null when none does. Exact when the answer can change only on candidate days.
     */
    static LocalDate firstChange(LocalDate day, Predicate<LocalDate> holdsOn, Collection<LocalDate> candidates) {
        boolean today = holdsOn.test(day);
        for (LocalDate candidate : new TreeSet<>(candidates).tailSet(day, false)) {
            if (holdsOn.test(candidate) != today) {
                return candidate;
            }
        }
        return null;
    }
}

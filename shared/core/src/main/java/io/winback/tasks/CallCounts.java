package io.winback.tasks;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many calls were opened and how each closed one ended. Kept as counters at the two moments a task changes (its
 * one open, its one close), so the campaign report sums counters instead of reading tasks.
 *
 * @param closed per outcome; an outcome nobody recorded is absent (read as 0)
 */
public record CallCounts(long opened, Map<CallOutcome, Long> closed) {
    public static final CallCounts NONE = new CallCounts(0, Map.of());

    public CallCounts {
        EnumMap<CallOutcome, Long> copy = new EnumMap<>(CallOutcome.class);
        closed.forEach((outcome, count) -> {
            if (count != 0) {
                copy.put(outcome, count);
            }
        });
        closed = Map.copyOf(copy);
    }

    public long of(CallOutcome outcome) {
        return closed.getOrDefault(outcome, 0L);
    }

    /** Opened and not closed yet. */
    public long stillOpen() {
        return opened - closed.values().stream().mapToLong(Long::longValue).sum();
    }

    public CallCounts plus(CallCounts other) {
        EnumMap<CallOutcome, Long> sum = new EnumMap<>(CallOutcome.class);
        sum.putAll(closed);
        other.closed.forEach((outcome, count) -> sum.merge(outcome, count, Long::sum));
        return new CallCounts(opened + other.opened, sum);
    }
}

package io.winback.chain;

import java.util.Map;
import java.util.TreeMap;

/**
 * How often each of an episode's steps was put off, by reason ({@code quiet_hours}, {@code frequency_cap},
 * {@code channel_paused}): a deferral sends nothing and leaves no touch, so the episode keeps the count for the
 * campaign report. Keyed by step index, then reason.
 */
public record Deferrals(Map<Integer, Map<String, Integer>> byStep) {
    public static final Deferrals NONE = new Deferrals(Map.of());

    public Deferrals {
        Map<Integer, Map<String, Integer>> copy = new TreeMap<>();
        byStep.forEach((step, reasons) -> copy.put(step, Map.copyOf(new TreeMap<>(reasons))));
        byStep = Map.copyOf(copy);
    }

    /** These counts with one more deferral of {@code step} for {@code reason}. */
    public Deferrals plus(int step, String reason) {
        Map<Integer, Map<String, Integer>> next = new TreeMap<>(byStep);
        Map<String, Integer> reasons = new TreeMap<>(next.getOrDefault(step, Map.of()));
        reasons.merge(reason, 1, Integer::sum);
        next.put(step, reasons);
        return new Deferrals(next);
    }

    /** The reasons {@code step} was put off, and how often each; empty when it never was. */
    public Map<String, Integer> of(int step) {
        return byStep.getOrDefault(step, Map.of());
    }
}

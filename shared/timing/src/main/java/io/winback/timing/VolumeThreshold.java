package io.winback.timing;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.DoubleStream;

/**
 * The threshold that makes the model wake as many customers as the playbook did on the same history (same budget,
 * better aim): given every customer's silent spells in the past periods ({@link SleepSpell}), the threshold at which
 * the number falling asleep in those periods is nearest to {@code target} (the playbook's count over the same periods).
 *
 * <p>Why a sweep over the spells' ends rather than bisection: the count is a step function of the threshold that
 * changes only just above an end, and it is not monotone. Above its peak it falls (a higher threshold sleeps customers
 * later, so more of them buy first); below the peak it rises again, because at a low threshold the customers already
 * silent when the first period began fell asleep before it and are not counted. Only the falling side means what the
 * playbook's volume means, so the answer is sought from the peak up; counting at every step, with both ends sorted, is
 * exact there even where customers at the periods' edges make it uneven, and costs O(n log n).
 */
public final class VolumeThreshold {
    private VolumeThreshold() {
    }

    /** The chosen threshold and how many would have fallen asleep with it over the periods. */
    public record Choice(double threshold, long asleep) {
    }

    /**
     * From the highest threshold with the largest count upward, the one whose count is nearest the target; ties go
     * to the lower threshold (the earlier sleep day, with the same count on the past periods).
     */
    public static Choice matching(Collection<SleepSpell> spells, double target) {
        if (spells.isEmpty()) {
            throw new IllegalArgumentException("no spells to choose a threshold from");
        }
        double[] above = spells.stream().mapToDouble(SleepSpell::above).sorted().toArray();
        double[] atMost = spells.stream().mapToDouble(SleepSpell::atMost).sorted().toArray();
        // Every flat step of the count starts just above an end, or just above 0: its lowest threshold.
        double[] starts = DoubleStream.concat(DoubleStream.of(0), DoubleStream.concat(Arrays.stream(above),
                Arrays.stream(atMost))).map(Math::nextUp).filter(t -> t <= 1).sorted().distinct().toArray();
        long[] asleep = new long[starts.length];
        int peak = 0;
        for (int i = 0; i < starts.length; i++) {
            asleep[i] = countBelow(above, starts[i]) - countBelow(atMost, starts[i]);
            if (asleep[i] >= asleep[peak]) {
                peak = i;
            }
        }
        int best = peak;
        for (int i = peak + 1; i < starts.length; i++) {
            if (Math.abs(asleep[i] - target) < Math.abs(asleep[best] - target)) {
                best = i;
            }
        }
        return new Choice(starts[best], asleep[best]);
    }

    /** How many of the sorted values are strictly below {@code threshold} (a lower-bound binary search). */
    private static long countBelow(double[] sorted, double threshold) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < threshold) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

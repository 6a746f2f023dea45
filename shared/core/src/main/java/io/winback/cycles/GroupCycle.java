package io.winback.cycles;

/**
 * A group's learned cycle and its evidence: the median interval between a customer's consecutive purchases of the
 * group (robust: a few customers who stocked up for a year, or bought twice in a week, do not move it), the quartiles
 * around it as its spread, how many intervals from how many customers it rests on, and whether that is enough.
 *
 * @param shortfall why the evidence is not enough (null when it is)
 */
public record GroupCycle(String group, int medianDays, int lowerQuartileDays, int upperQuartileDays, long intervals,
                         long customers, boolean enoughEvidence, String shortfall) {

    /** The group's cycle from its histogram; null when it holds no interval at all (nothing to show). */
    public static GroupCycle of(GroupEvidence evidence, CycleEvidencePolicy policy) {
        IntervalHistogram histogram = evidence.histogram();
        long intervals = histogram.intervals();
        if (intervals == 0) {
            return null;
        }
        return new GroupCycle(evidence.group(), histogram.quantile(0.5), histogram.quantile(0.25),
                histogram.quantile(0.75), intervals, evidence.customers(),
                policy.enough(intervals, evidence.customers()), policy.shortfall(intervals, evidence.customers()));
    }

    /** The interquartile range in days: half of all intervals lie within it. */
    public int interquartileDays() {
        return upperQuartileDays - lowerQuartileDays;
    }
}

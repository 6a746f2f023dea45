package io.winback.report.reactivation;

/**
 * How many more holdout customers it would take to tell the uplift seen from zero with 80 % power at 5 % two-sided,
 * keeping today's ratio of treated to holdout: the minimum-detectable-uplift formula ({@link MinimumDetectableUplift})
 * solved for the holdout, n₀ = (z₀.₉₇₅ + z₀.₈₀)² · p(1−p) · (1 + n₀/n₁) / d², and never fewer than the smallest
 * holdout judged at all.
 */
public final class HoldoutNeeded {
    private HoldoutNeeded() {
    }

    /**
     * More holdout customers needed, rounded up to two significant digits (an estimate, written with ≈); null when
     * nothing more would tell: no uplift seen (none or not above zero), or a group is empty.
     */
    public static Long more(Comparison c, int minHoldout) {
        long treated = c.treated().entered();
        long holdout = c.holdout().entered();
        if (treated == 0 || holdout == 0 || c.uplift() == null || c.uplift() <= 0) {
            return null;
        }
        double p = Comparison.baseRate(c.treated(), c.holdout());
        double z = ProportionInterval.Z_95 + MinimumDetectableUplift.Z_80;
        double needed = z * z * p * (1 - p) * (1 + (double) holdout / treated) / (c.uplift() * c.uplift());
        long more = Math.max((long) Math.ceil(needed), minHoldout) - holdout;
        return more <= 0 ? null : roundedUp(more);
    }

    /** 7 → 7, 83 → 83, 384 → 390, 12 345 → 13 000. */
    static long roundedUp(long value) {
        long unit = 1;
        while (value / unit >= 100) {
            unit *= 10;
        }
        return (value + unit - 1) / unit * unit;
    }
}

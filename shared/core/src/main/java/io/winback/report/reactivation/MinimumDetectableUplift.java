package io.winback.report.reactivation;

/**
 * The smallest uplift a comparison of this size could tell from zero: (z₀.₉₇₅ + z₀.₈₀) · √(p(1−p)(1/n₁ + 1/n₀)),
 * 5 % two-sided and 80 % power, with {@code p} the holdout's conversion rate (the normal approximation used by
 * sample-size calculators).
 */
public final class MinimumDetectableUplift {
    /** The normal quantile of 80 %: power 80 %. */
    public static final double Z_80 = 0.8416212335729143;

    private MinimumDetectableUplift() {
    }

    /** As a share (0.05 = 5 percentage points); null when a group is empty or the holdout's rate is 0 or 1. */
    public static Double of(double holdoutRate, long treated, long holdout) {
        if (treated <= 0 || holdout <= 0 || holdoutRate <= 0 || holdoutRate >= 1) {
            return null;
        }
        return (ProportionInterval.Z_95 + Z_80)
                * Math.sqrt(holdoutRate * (1 - holdoutRate) * (1.0 / treated + 1.0 / holdout));
    }
}

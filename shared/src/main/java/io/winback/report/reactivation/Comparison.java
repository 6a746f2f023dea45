package io.winback.report.reactivation;

import java.math.BigDecimal;

/**
 * Treated against holdout for a chain or one of its steps: the uplift (difference of conversion rates) with
 * Newcombe's interval, the revenue per customer entered and its difference with Welch's interval, the net effect,
 * the verdict and the smallest uplift the sample could detect. Shares (0.05), not percentages; null when a group is
 * empty.
 */
public record Comparison(GroupTally treated, GroupTally holdout, Double uplift, Interval upliftInterval,
                         Double revenueDifference, Interval revenueDifferenceInterval, Double incrementalCustomers,
                         BigDecimal messageCost, BigDecimal netEffect, Verdict verdict,
                         Double minimumDetectableUplift) {

    /**
     * The rate the smallest detectable uplift is sized on: the holdout's; when it is 0 or 1 (a small holdout often
     * has no conversion at all, and the formula then says nothing), the two groups' pooled rate; when that too is 0
     * or 1, the upper end of the holdout's Wilson interval, the highest rate its sample allows.
     */
    static double baseRate(GroupTally treated, GroupTally holdout) {
        double holdoutRate = holdout.conversionRate();
        if (holdoutRate > 0 && holdoutRate < 1) {
            return holdoutRate;
        }
        double pooled = (double) (treated.converted() + holdout.converted()) / (treated.entered() + holdout.entered());
        if (pooled > 0 && pooled < 1) {
            return pooled;
        }
        return ProportionInterval.wilson(holdout.converted(), holdout.entered()).high();
    }

    public static Comparison of(GroupTally treated, GroupTally holdout, Economics economics) {
        Double pt = treated.conversionRate();
        Double ph = holdout.conversionRate();
        Double uplift = pt == null || ph == null ? null : pt - ph;
        Interval interval = ProportionInterval.newcombeDifference(treated.converted(), treated.entered(),
                holdout.converted(), holdout.entered());
        Double revenueDifference = treated.revenue().n() == 0 || holdout.revenue().n() == 0 ? null
                : treated.revenue().mean() - holdout.revenue().mean();
        Interval revenueInterval = MeanDifferenceInterval.welch(treated.revenue(), holdout.revenue());
        Double incremental = NetEffect.incrementalCustomers(uplift, treated.entered());
        BigDecimal messageCost = economics.prices().costOf(treated.smsMessages(), treated.emails());
        BigDecimal net = NetEffect.of(incremental, economics.averageCheck(), economics.margin(), treated.bonusSpent(),
                messageCost);
        Verdict verdict = Verdict.of(treated.entered(), holdout.entered(), interval, economics.minHoldout());
        Double mde = ph == null ? null : MinimumDetectableUplift.of(baseRate(treated, holdout), treated.entered(),
                holdout.entered());
        return new Comparison(treated, holdout, uplift, interval, revenueDifference, revenueInterval, incremental,
                messageCost, net, verdict, mde);
    }
}

package io.winback.report.reactivation;

import java.math.BigDecimal;

/**
 * Treated against holdout for a chain or one of its steps: the uplift (difference of conversion rates) with
 * Newcombe's interval, the revenue per customer entered and its difference with Welch's interval, the net effect
 * (from the figures recorded at the time: each episode's value of a customer won back, each message's charge),
 * the verdict and the smallest uplift the sample could detect. Shares (0.05), not percentages; null when a group is
 * empty.
 */
public record Comparison(GroupTally treated, GroupTally holdout, Double uplift, Interval upliftInterval,
                         Double revenueDifference, Interval revenueDifferenceInterval, Double incrementalCustomers,
                         BigDecimal messageCost, BigDecimal netEffect, Verdict verdict,
                         Double minimumDetectableUplift, BigDecimal valuePerCustomer) {

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

    /**
     * What one customer won back is worth: as recorded when the treated customers' episodes started, so a report of
     * a finished campaign does not move with later sales or configuration; for episodes started before that was
     * recorded, today's figures ({@code economics}). Null when neither is known.
     */
    static BigDecimal valuePerCustomer(GroupTally treated, Economics economics) {
        BigDecimal recorded = treated.recordedValuePerCustomer();
        if (recorded != null) {
            return recorded;
        }
        return economics.averageCheck() == null || economics.margin() == null ? null
                : economics.averageCheck().multiply(economics.margin());
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
        BigDecimal messageCost = treated.messageCost(economics.prices());
        BigDecimal value = valuePerCustomer(treated, economics);
        BigDecimal net = NetEffect.of(incremental, value, treated.bonusSpent(), messageCost);
        Verdict verdict = Verdict.of(treated.entered(), holdout.entered(), interval, economics.minHoldout());
        Double mde = ph == null ? null : MinimumDetectableUplift.of(baseRate(treated, holdout), treated.entered(),
                holdout.entered());
        return new Comparison(treated, holdout, uplift, interval, revenueDifference, revenueInterval, incremental,
                messageCost, net, verdict, mde, value);
    }
}

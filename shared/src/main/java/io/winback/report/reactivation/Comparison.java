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
        Double mde = ph == null ? null : MinimumDetectableUplift.of(ph, treated.entered(), holdout.entered());
        return new Comparison(treated, holdout, uplift, interval, revenueDifference, revenueInterval, incremental,
                messageCost, net, verdict, mde);
    }
}

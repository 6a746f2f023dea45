package io.winback.report.reactivation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The report's intervals against numbers published or computed elsewhere: Newcombe's own table (Statistics in
 * Medicine 1998;17:873-890, table II, method 10), the Wilson interval of his companion paper (81/263), Student's t
 * and Welch's interval as SciPy 1.17 computes them, and the textbook sample size of a two-proportion test.
 */
class UpliftIntervalsReproducePublishedExamplesTest {
    private static final double FOUR_DECIMALS = 0.00005;

    @Test
    void newcombesHybridScoreIntervalMatchesHisTable() {
        assertDifference(56, 70, 48, 80, 0.2000, 0.0524, 0.3339);
        assertDifference(9, 10, 3, 10, 0.6000, 0.1705, 0.8090);
        assertDifference(6, 7, 2, 7, 0.5714, 0.0582, 0.8062);
        // No event at all in the second group: the interval stays inside sense (no zero-width "certainty").
        assertDifference(5, 56, 0, 29, 0.0893, -0.0381, 0.1926);
    }

    @Test
    void wilsonIntervalOf81Of263MatchesNewcombesSingleProportionExample() {
        Interval w = ProportionInterval.wilson(81, 263);
        assertEquals(0.2553, w.low(), FOUR_DECIMALS);
        assertEquals(0.3662, w.high(), FOUR_DECIMALS);
        Interval none = ProportionInterval.wilson(0, 10);
        assertEquals(0.0, none.low(), 1e-12);
        assertEquals(0.2775, none.high(), FOUR_DECIMALS);
        assertNull(ProportionInterval.wilson(0, 0));
    }

    @Test
    void studentsTQuantilesMatchScipy() {
        assertEquals(12.706204736174694, StudentT.quantile(0.975, 1), 1e-7);
        assertEquals(3.5746548420036817, StudentT.quantile(0.975, 2.5), 1e-7);
        assertEquals(2.228138851986274, StudentT.quantile(0.975, 10), 1e-7);
        assertEquals(2.0422724563012378, StudentT.quantile(0.975, 30), 1e-7);
        assertEquals(1.9623390808264083, StudentT.quantile(0.975, 1000), 1e-7);
    }

    @Test
    void welchIntervalOfRevenuePerCustomerMatchesScipyFromThreeSumsPerGroup() {
        Moments treated = moments("0", "0", "0", "1200", "0", "950.5", "0", "0", "3000", "0", "0", "0");
        Moments holdout = moments("0", "0", "800", "0", "0", "0", "0", "0", "0", "0");
        Interval ci = MeanDifferenceInterval.welch(treated, holdout);
        // scipy.stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95); df 12.9933
        assertEquals(349.2083333333333, treated.mean() - holdout.mean(), 1e-9);
        assertEquals(-244.7788540948788, ci.low(), 1e-6);
        assertEquals(943.1955207615454, ci.high(), 1e-6);
        assertNull(MeanDifferenceInterval.welch(moments("5"), holdout), "one value has no variance");
    }

    @Test
    void minimumDetectableUpliftIsTheTextbookSampleSizeTurnedAround() {
        // (z.975 + z.80) * sqrt(p(1-p)(1/n1 + 1/n0)) with scipy's normal quantiles: 0.0375872
        assertEquals(0.037587209954755035, MinimumDetectableUplift.of(0.10, 1000, 1000), 1e-9);
        // A two-proportion test needs n = (z.975 + z.80)^2 * 2p(1-p) / d^2 = 1569.8 per group to see d = 3 points
        // at p = 10 %: with 1570 per group the detectable uplift is 3 points.
        assertEquals(0.03, MinimumDetectableUplift.of(0.10, 1570, 1570), 0.00001);
        assertNull(MinimumDetectableUplift.of(0.0, 1000, 1000), "no holdout conversion: no rate to size against");
        assertNull(MinimumDetectableUplift.of(0.1, 1000, 0));
    }

    @Test
    void aComparisonSaysTooSmallBelowTheMinimumHoldoutAndInconclusiveWhenTheIntervalSpansZero() {
        assertEquals(Verdict.HOLDOUT_TOO_SMALL, Verdict.of(900, 99, new Interval(0.01, 0.2), 100));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(900, 100, new Interval(-0.01, 0.2), 100));
        assertEquals(Verdict.POSITIVE, Verdict.of(900, 100, new Interval(0.01, 0.2), 100));
        assertEquals(Verdict.NEGATIVE, Verdict.of(900, 100, new Interval(-0.2, -0.01), 100));
        assertEquals(Verdict.NO_HOLDOUT, Verdict.of(900, 0, null, 100));
    }

    @Test
    void netEffectIsIncrementalCustomersTimesCheckTimesMarginLessBonusAndMessages() {
        // 1000 treated at 12 %, holdout 8 %: 40 extra customers x 900 x 40 % = 14,400; less 3,000 bonus and
        // 1000 SMS at 4.00 = 4,000: 7,400.
        Double incremental = NetEffect.incrementalCustomers(0.12 - 0.08, 1000);
        assertEquals(40.0, incremental, 1e-9);
        MessagePrices prices = new MessagePrices(new BigDecimal("4.00"), new BigDecimal("0.01"));
        assertEquals(new BigDecimal("7400.00"), NetEffect.of(incremental, new BigDecimal("900"),
                new BigDecimal("0.40"), new BigDecimal("3000"), prices.costOf(1000, 0)));
        assertNull(NetEffect.of(incremental, null, new BigDecimal("0.40"), BigDecimal.ZERO, BigDecimal.ZERO));
    }

    private static void assertDifference(long x1, long n1, long x2, long n2, double d, double low, double high) {
        Interval ci = ProportionInterval.newcombeDifference(x1, n1, x2, n2);
        assertEquals(d, (double) x1 / n1 - (double) x2 / n2, FOUR_DECIMALS);
        assertEquals(low, ci.low(), FOUR_DECIMALS, x1 + "/" + n1 + " - " + x2 + "/" + n2 + " low");
        assertEquals(high, ci.high(), FOUR_DECIMALS, x1 + "/" + n1 + " - " + x2 + "/" + n2 + " high");
    }

    private static Moments moments(String... values) {
        Moments m = Moments.NONE;
        for (String v : values) {
            m = m.plus(new BigDecimal(v));
        }
        return m;
    }
}

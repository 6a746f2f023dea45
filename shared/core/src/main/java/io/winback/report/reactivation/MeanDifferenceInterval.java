package io.winback.report.reactivation;

/**
 * Welch's 95 % interval for the difference of two means with unequal variances: (m1 − m2) ± t·√(v1/n1 + v2/n2), t
 * the 97.5 % quantile of Student's t with the Welch–Satterthwaite degrees of freedom. Revenue per customer is mostly
 * zeros with a few checks, far from normal, but with hundreds of customers per group the mean is near enough.
 */
public final class MeanDifferenceInterval {
    private MeanDifferenceInterval() {
    }

    /** Null when either group has fewer than two values. */
    public static Interval welch(Moments first, Moments second) {
        Double v1 = first.variance();
        Double v2 = second.variance();
        if (v1 == null || v2 == null) {
            return null;
        }
        double d = first.mean() - second.mean();
        double a = v1 / first.n();
        double b = v2 / second.n();
        double se = Math.sqrt(a + b);
        if (se == 0) {
            return new Interval(d, d);
        }
        double df = (a + b) * (a + b) / (a * a / (first.n() - 1) + b * b / (second.n() - 1));
        double t = StudentT.quantile(0.975, df);
        return new Interval(d - t * se, d + t * se);
    }
}

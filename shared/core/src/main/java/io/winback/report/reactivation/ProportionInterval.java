package io.winback.report.reactivation;

/**
 * Intervals for conversion rates at 95 %: Wilson's score interval for one group, and Newcombe's hybrid score
 * interval for the difference of two (his method 10: the two groups' Wilson intervals combined; Newcombe, Statistics
 * in Medicine 1998;17:873-890). Unlike the textbook p ± 1.96·SE, both stay sensible with few conversions or none.
 */
public final class ProportionInterval {
    /** The normal quantile of 97.5 %: two-sided 95 %. */
    public static final double Z_95 = 1.959963984540054;

    private ProportionInterval() {
    }

    /** Wilson's interval for {@code x} successes in {@code n}; null when {@code n} is 0. */
    public static Interval wilson(long x, long n) {
        if (n <= 0) {
            return null;
        }
        double p = (double) x / n;
        double z2 = Z_95 * Z_95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z_95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * Newcombe's interval for {@code x1/n1 − x2/n2}: d − √((p1−l1)² + (u2−p2)²) to d + √((u1−p1)² + (p2−l2)²),
     * with (l, u) each group's Wilson interval. Null when either group is empty.
     */
    public static Interval newcombeDifference(long x1, long n1, long x2, long n2) {
        Interval w1 = wilson(x1, n1);
        Interval w2 = wilson(x2, n2);
        if (w1 == null || w2 == null) {
            return null;
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double d = p1 - p2;
        double below = Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2));
        double above = Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low()));
        return new Interval(d - below, d + above);
    }

    private static double square(double x) {
        return x * x;
    }
}

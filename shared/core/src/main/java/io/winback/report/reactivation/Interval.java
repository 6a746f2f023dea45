package io.winback.report.reactivation;

/** A two-sided confidence interval, {@code low} ≤ {@code high}. */
public record Interval(double low, double high) {

    public boolean spansZero() {
        return low <= 0 && high >= 0;
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    public Interval times(double factor) {
        return new Interval(low * factor, high * factor);
    }
}

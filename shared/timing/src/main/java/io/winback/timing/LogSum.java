package io.winback.timing;

/** log(e^u + e^v) without overflow or underflow: the larger term is factored out. */
final class LogSum {
    private LogSum() {
    }

    static double of(double u, double v) {
        double max = Math.max(u, v);
        return max + Math.log1p(Math.exp(Math.min(u, v) - max));
    }
}

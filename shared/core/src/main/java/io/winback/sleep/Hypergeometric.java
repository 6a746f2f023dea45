package io.winback.sleep;

/**
 * Gauss's hypergeometric function, scaled: {@code (1 - z)^a * 2F1(a, b; c; z)} for a, b, c > 0 and 0 <= z < 1, the
 * product BG/NBD's conditional expectation needs (eq. 10 of Fader, Hardie and Lee 2005).
 *
 * <p>Why a series and why in logs: with these signs every term of the series is positive, so summing never cancels;
 * but for a frequent buyer (a = r + x large) the terms first grow like (1 - z)^-a before they fall, past what a double
 * holds, while the factor (1 - z)^a underflows. Carrying each term's logarithm, with the factor folded into the first,
 * keeps both in range. The terms shrink by about z each once j passes about a z / (1 - z); the guard stops a series that
 * has not converged after {@link #MAX_TERMS} terms rather than return a wrong number.
 */
public final class Hypergeometric {
    static final int MAX_TERMS = 1_000_000;
    private static final double RELATIVE_TOLERANCE = 1e-15;

    private Hypergeometric() {
    }

    public static double scaled(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > 0) || !(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("need a, b, c > 0 and 0 <= z < 1; was a=" + a + ", b=" + b + ", c="
                    + c + ", z=" + z);
        }
        if (z == 0) {
            return 1;
        }
        double logZ = Math.log(z);
        double logTerm = a * Math.log1p(-z);
        double max = logTerm;
        double sum = 1; // the terms so far, divided by exp(max)
        for (int j = 0; j < MAX_TERMS; j++) {
            double ratio = (a + j) * (b + j) / ((c + j) * (j + 1)) * z;
            logTerm += Math.log(ratio);
            if (logTerm > max) {
                sum = sum * Math.exp(max - logTerm) + 1;
                max = logTerm;
            } else {
                double share = Math.exp(logTerm - max);
                sum += share;
                // The ratio tends to z, from above or below, monotonically once below 1: no later ratio exceeds
                // q = max(ratio, z), so the rest of the series is below share * q / (1 - q).
                double q = Math.max(ratio, z);
                if (q < 1 && share * q / (1 - q) < RELATIVE_TOLERANCE * sum) {
                    return Math.exp(max) * sum;
                }
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + MAX_TERMS + " terms");
    }
}

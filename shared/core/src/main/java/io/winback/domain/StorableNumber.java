package io.winback.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a number must be for DynamoDB to store it: at most 38 significant digits, and (unless 0) a magnitude from
 * 1E-130 to 9.99…E+125. A number outside this fails the write with a ValidationException after the request was
 * accepted, so every number read from a request is held to it first, and refused with its field.
 */
public final class StorableNumber {
    public static final int MAX_DIGITS = 38;
    /** The exponent of the first significant digit: 1E-130 is the smallest magnitude, 9.99…E+125 the largest. */
    static final int MIN_EXPONENT = -130;
    static final int MAX_EXPONENT = 125;

    private StorableNumber() {
    }

    /** Why DynamoDB cannot store {@code number}, or empty when it can. */
    public static Optional<String> problemWith(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return Optional.empty();
        }
        if (stripped.precision() > MAX_DIGITS) {
            return Optional.of("has " + stripped.precision() + " significant digits; at most " + MAX_DIGITS
                    + " can be stored");
        }
        long exponent = (long) stripped.precision() - stripped.scale() - 1;
        if (exponent < MIN_EXPONENT) {
            return Optional.of("is too close to 0 to be stored; the smallest magnitude is 1E" + MIN_EXPONENT);
        }
        if (exponent > MAX_EXPONENT) {
            return Optional.of("is too large to be stored; the largest magnitude is below 1E+" + (MAX_EXPONENT + 1));
        }
        return Optional.empty();
    }

    public static boolean fits(BigDecimal number) {
        return problemWith(number).isEmpty();
    }
}

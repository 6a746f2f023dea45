package io.winback.timing;

import io.winback.sleep.Hypergeometric;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The scaled 2F1 against closed forms, including a frequent buyer whose unscaled terms would overflow a double. */
class HypergeometricTest {
    @Test
    void twoF1OfOneOneTwoIsMinusLogOfOneMinusZOverZ() {
        for (double z : new double[] {0.01, 0.3, 0.74, 0.95}) {
            double expected = (1 - z) * -Math.log1p(-z) / z;
            assertEquals(expected, Hypergeometric.scaled(1, 1, 2, z), 1e-13 * expected, "z=" + z);
        }
    }

    @Test
    void whenBEqualsCTheScaledSeriesIsOneEvenForAThousandsPurchases() {
        // 2F1(a, b; b; z) = (1 - z)^-a: the scaled value is exactly 1, while (1 - 0.9)^-3000 is far beyond a double.
        assertEquals(1, Hypergeometric.scaled(3000.2, 5, 5, 0.9), 1e-9); // rounding over ~27,000 terms
        assertEquals(1, Hypergeometric.scaled(0.3, 2.5, 2.5, 0.5), 1e-14);
    }

    @Test
    void zOutsideTheUnitIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.scaled(1, 1, 2, 1));
    }
}

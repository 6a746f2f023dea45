package io.winback.report.reactivation;

import io.winback.chain.Conversion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ASmallHoldoutWithNoConversionStillGetsADetectableUpliftTest {

    private static GroupTally group(int entered, int converted) {
        GroupTally group = new GroupTally();
        for (int i = 0; i < entered; i++) {
            group.enter(i < converted ? new Conversion("t", 0, "s" + i, null, BigDecimal.TEN, BigDecimal.ZERO) : null,
                    false, null);
        }
        return group;
    }

    @Test
    void withNobodyBackInTheHoldoutThePooledRateSizesIt() {
        Comparison c = Comparison.of(group(400, 20), group(40, 0), new Economics(null, null,
                new MessagePrices(BigDecimal.ONE, BigDecimal.ONE), Economics.DEFAULT_MIN_HOLDOUT));
        assertEquals(Verdict.HOLDOUT_TOO_SMALL, c.verdict());
        // Pooled 20/440: (1.959964 + 0.841621) × √(0.045455 × 0.954545 × (1/400 + 1/40)) = 0.096773
        assertNotNull(c.minimumDetectableUplift());
        assertEquals(0.096773, c.minimumDetectableUplift(), 0.000005);
    }

    @Test
    void withNobodyBackAnywhereTheTopOfTheHoldoutsIntervalSizesIt() {
        // Wilson 0/40 upper end: 1.959964² / (40 + 1.959964²) = 0.087622
        double p = 0.087622;
        double expected = (ProportionInterval.Z_95 + MinimumDetectableUplift.Z_80)
                * Math.sqrt(p * (1 - p) * (1.0 / 400 + 1.0 / 40));
        Comparison c = Comparison.of(group(400, 0), group(40, 0), new Economics(null, null,
                new MessagePrices(BigDecimal.ONE, BigDecimal.ONE), Economics.DEFAULT_MIN_HOLDOUT));
        assertEquals(expected, c.minimumDetectableUplift(), 0.00001);
    }
}

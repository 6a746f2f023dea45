package io.winback.segments;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NetSpentIsComparedToTheRoubleAndFourSignificantFiguresTest {

    @Test
    void kopecksAreDroppedBelowTenThousandRoubles() {
        assertEquals(0, MoneyBuckets.keyOf(new BigDecimal("0.99")));
        assertEquals(1234, MoneyBuckets.keyOf(new BigDecimal("1234.99")));
        assertEquals(9999, MoneyBuckets.keyOf(new BigDecimal("9999.99")));
    }

    @Test
    void fourSignificantFiguresAbove() {
        assertEquals(10_000, MoneyBuckets.keyOf(new BigDecimal("10009.50")));
        assertEquals(12_340, MoneyBuckets.keyOf(new BigDecimal("12349.00")));
        assertEquals(123_400, MoneyBuckets.keyOf(new BigDecimal("123499.00")));
        assertEquals(1_234_000, MoneyBuckets.keyOf(new BigDecimal("1234999.99")));
    }

    @Test
    void refundsBeyondPurchasesMirrorOnTheNegativeSideAndNothingIsZero() {
        assertEquals(-150, MoneyBuckets.keyOf(new BigDecimal("-150.40")));
        assertEquals(-12_340, MoneyBuckets.keyOf(new BigDecimal("-12345.00")));
        assertEquals(0, MoneyBuckets.keyOf(null));
    }
}

package io.winback.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DynamoDB's documented number limits, edge by edge: 38 significant digits, magnitude 1E-130 to 9.99…E+125. */
class OnlyNumbersDynamoDbStoresPassTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-0", "1E-130", "-1E-130", "9.9999999999999999999999999999999999999E+125",
            "-9.9999999999999999999999999999999999999E+125", "12345678901234567890123456789012345678",
            "1.2345678901234567890123456789012345678", "100000000000000000000000000000000000000000000000000.00"})
    void fits(String number) {
        assertTrue(StorableNumber.fits(new BigDecimal(number)), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999", "9.9E-131", "1E-131", "1E+126", "-1E+126",
            "123456789012345678901234567890123456789", "1.0000000000000000000000000000000000000000000000001"})
    void doesNotFit(String number) {
        assertFalse(StorableNumber.fits(new BigDecimal(number)), number);
    }
}

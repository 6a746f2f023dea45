package io.winback.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneNumbersAreKeptInE164Test {
    private final PhoneNumbers russian = new PhoneNumbers("7");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+7 916 123-45-67|+79161234567",
            "8 (916) 123-45-67|+79161234567",
            "79161234567|+79161234567",
            "9161234567|+79161234567",
            "+49 30 1234567|+49301234567",
            "0049 30 1234567|+49301234567"})
    void cashierHabitsBecomeOneForm(String typed, String e164) {
        assertEquals(Optional.of(e164), russian.toE164(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "12345", "+0123456789", "+7916123456789012", "916-abc-45-67"})
    void whatCannotBeAPhoneIsRefused(String typed) {
        assertEquals(Optional.empty(), russian.toE164(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"030 1234567|+49301234567", "30 1234567|+49301234567"})
    void otherCountriesUseTheirCode(String typed, String e164) {
        assertEquals(Optional.of(e164), new PhoneNumbers("49").toE164(typed));
    }
}

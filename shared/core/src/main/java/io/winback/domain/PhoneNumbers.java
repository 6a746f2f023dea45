package io.winback.domain;

import java.util.Optional;

/**
 * Normalises phone numbers as cashiers type them into E.164. Russian habits are understood for the default
 * country code 7: {@code 8 (916) 123-45-67} and {@code 9161234567} both become {@code +79161234567}.
 */
public final class PhoneNumbers {
    private final String defaultCountryCode;

    public PhoneNumbers(String defaultCountryCode) {
        this.defaultCountryCode = defaultCountryCode;
    }

    /** The E.164 form, or empty when the input cannot be a phone number. */
    public Optional<String> toE164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        boolean international = trimmed.startsWith("+");
        StringBuilder digits = new StringBuilder();
        for (int i = international ? 1 : 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
                return Optional.empty();
            }
        }
        String number = digits.toString();
        if (!international) {
            number = withCountryCode(number);
        }
        if (number.length() < 8 || number.length() > 15 || number.charAt(0) == '0') {
            return Optional.empty();
        }
        return Optional.of("+" + number);
    }

    private String withCountryCode(String national) {
        if (national.startsWith("00")) {
            return national.substring(2);
        }
        if ("7".equals(defaultCountryCode)) {
            if (national.length() == 11 && (national.startsWith("8") || national.startsWith("7"))) {
                return "7" + national.substring(1);
            }
            if (national.length() == 10) {
                return "7" + national;
            }
            return national;
        }
        if (national.startsWith("0")) {
            return defaultCountryCode + national.substring(1);
        }
        return national.startsWith(defaultCountryCode) ? national : defaultCountryCode + national;
    }
}

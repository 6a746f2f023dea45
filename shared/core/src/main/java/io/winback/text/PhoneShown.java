package io.winback.text;

/**
 * A phone as staff read it aloud and dial it: a Russian number (+7 and ten digits) grouped as people write it,
 * {@code +7 916 123-45-67}; any other number as stored (E.164). The {@code tel:} link keeps E.164.
 */
public final class PhoneShown {
    private PhoneShown() {
    }

    public static String of(String e164) {
        if (e164 == null) {
            return null;
        }
        if (e164.matches("\\+7\\d{10}")) {
            return "+7 " + e164.substring(2, 5) + " " + e164.substring(5, 8) + "-" + e164.substring(8, 10) + "-"
                    + e164.substring(10);
        }
        return e164;
    }
}

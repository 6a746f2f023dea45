package io.winback.csv;

import java.math.BigDecimal;

/**
 * Numbers as spreadsheets write them into CSV: {@code 1234.50}, {@code 1234,50}, {@code 1 234,50} (thousands grouped
 * by a space, a no-break space U+00A0 or a narrow no-break space U+202F, as Russian Excel and LibreOffice write them),
 * {@code -12,5}.
 *
 * <p>A comma is the decimal mark, as in Russian, so a lone comma is never read as a thousands separator:
 * {@code 1,234} is 1.234. A number with both a comma and a dot ({@code 1,234.50} in English, {@code 1.234,50} in
 * German) is refused, since either reading is a guess and a wrong one is off by a factor of a thousand; so is one with
 * two commas or two dots. Thousands are grouped with spaces only.
 */
public final class SpreadsheetNumbers {
    private static final String SPACES = " \u00A0\u202F";

    private SpreadsheetNumbers() {
    }

    /**
     * The value of {@code text}, its scale as written ({@code 1 234,50} is 1234.50).
     *
     * @throws NumberFormatException saying what is wrong and how to write it
     */
    public static BigDecimal parse(String text) {
        String value = trimmed(text);
        if (value.isEmpty()) {
            throw refused(text, "is empty");
        }
        boolean negative = value.charAt(0) == '-' || value.charAt(0) == '\u2212';
        if (negative || value.charAt(0) == '+') {
            value = value.substring(1);
        }
        int commas = count(value, ',');
        int dots = count(value, '.');
        if (commas > 0 && dots > 0) {
            throw refused(text, "has both a comma and a dot, so it is unclear which is the decimal mark: write"
                    + " 1234.50 or 1234,50, thousands grouped with spaces if at all (1 234,50)");
        }
        if (commas > 1 || dots > 1) {
            throw refused(text, "has more than one decimal mark: group thousands with spaces (1 234 567), not with"
                    + " commas or dots");
        }
        int mark = Math.max(value.indexOf(','), value.indexOf('.'));
        String whole = mark < 0 ? value : value.substring(0, mark);
        String fraction = mark < 0 ? "" : value.substring(mark + 1);
        if (mark >= 0 && (fraction.isEmpty() || !digits(fraction))) {
            throw refused(text, "is not a number: digits must follow the decimal mark");
        }
        String wholeDigits = ungrouped(whole, text);
        if (wholeDigits.isEmpty() && fraction.isEmpty()) {
            throw refused(text, "is not a number");
        }
        return new BigDecimal((negative ? "-" : "") + (wholeDigits.isEmpty() ? "0" : wholeDigits)
                + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /** The digits of the whole part, its groups checked: 1 to 3 digits, then groups of exactly 3. */
    private static String ungrouped(String whole, String text) {
        StringBuilder digits = new StringBuilder();
        int group = 0;
        boolean grouped = false;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                group++;
            } else if (SPACES.indexOf(c) >= 0) {
                if (group == 0 || group > 3 || (grouped && group != 3)) {
                    throw refused(text, "has its thousands grouped wrongly: write 1 234 567 or 1234567");
                }
                grouped = true;
                group = 0;
            } else {
                throw refused(text, "is not a number");
            }
        }
        if (grouped && group != 3) {
            throw refused(text, "has its thousands grouped wrongly: write 1 234 567 or 1234567");
        }
        return digits.toString();
    }

    private static String trimmed(String text) {
        if (text == null) {
            return "";
        }
        int from = 0;
        int to = text.length();
        while (from < to && (Character.isWhitespace(text.charAt(from)) || SPACES.indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || SPACES.indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    private static NumberFormatException refused(String text, String why) {
        return new NumberFormatException("'" + text + "' " + why);
    }
}

package io.winback.xlsx;

import java.util.Objects;

/**
 * A column of the sheet: its header (written bold in the first row, which stays in view while scrolling) and its
 * width in characters. The sheet is written as it goes, so widths are decided before the first row: each factory
 * gives its kind room for what it usually holds, and never less than the header needs.
 */
public record Column(String header, int width) {
    /** Excel's own limit. */
    public static final int MAX_WIDTH = 255;

    public Column {
        Objects.requireNonNull(header, "header");
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("a column is 1 to " + MAX_WIDTH + " characters wide, not " + width);
        }
    }

    /** Text whose values are about {@code typical} characters long (a name 24, a phone 16). */
    public static Column text(String header, int typical) {
        return fitted(header, typical);
    }

    /** Numbers (counts, shares). */
    public static Column number(String header) {
        return fitted(header, 10);
    }

    /** Amounts with two decimals and the currency: room for 1 234 567,89 ₽. */
    public static Column money(String header) {
        return fitted(header, 16);
    }

    /** Days: dd.mm.yyyy or yyyy-mm-dd. */
    public static Column day(String header) {
        return fitted(header, 12);
    }

    /** Days with a time: dd.mm.yyyy hh:mm. */
    public static Column moment(String header) {
        return fitted(header, 17);
    }

    private static Column fitted(String header, int typical) {
        // A bold header is about a tenth wider than plain text; two characters of margin for the filter button.
        int forHeader = (int) Math.ceil(header.length() * 1.1) + 2;
        return new Column(header, Math.min(MAX_WIDTH, Math.max(typical + 2, forHeader)));
    }
}

package io.winback.csv;

import java.util.List;

/**
 * One record of a CSV: the 1-based line it starts on (a quoted value may hold line breaks, so the next row can start
 * lines later), its cells as the file holds them, and the header it is read by.
 */
public record Row(long line, List<String> values, List<String> header) {
    public Row {
        values = List.copyOf(values);
        header = List.copyOf(header);
    }

    /**
     * The cell under {@code column}, trimmed; "" when the row ends before it. A leading apostrophe before
     * {@code = + - @} is dropped: it is the guard Winback's CSV reports put before text Excel would run as a formula
     * (a phone {@code '+7916…}), so a report read back gives what was written.
     *
     * @throws IllegalArgumentException when the header has no such column
     */
    public String get(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in the header " + header);
        }
        return index < values.size() ? cell(values.get(index)) : "";
    }

    private static String cell(String raw) {
        if (raw.length() >= 3 && raw.charAt(0) == '\'' && "=+-@\t\r".indexOf(raw.charAt(1)) >= 0) {
            raw = raw.substring(1);
        }
        return raw.strip();
    }
}

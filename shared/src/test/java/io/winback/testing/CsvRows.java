package io.winback.testing;

import java.util.ArrayList;
import java.util.List;

/** Reads a CSV back as Excel would: RFC 4180 quoting, the given separator, CRLF or LF line ends, BOM dropped. */
public final class CsvRows {
    private CsvRows() {
    }

    public static List<List<String>> parse(String text, char separator) {
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no byte-order mark: Excel would read Cyrillic as mojibake");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}

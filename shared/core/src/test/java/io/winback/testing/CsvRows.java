package io.winback.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's CSV read back as Excel reads it (RFC 4180): the byte-order mark required and dropped, fields split on
 * {@code separator} outside quotes, {@code ""} inside quotes one quote, records ended by CRLF outside quotes (a line
 * break inside quotes stays in its field).
 */
public final class CsvRows {
    private CsvRows() {
    }

    public static List<List<String>> parse(String body, char separator) {
        if (!body.startsWith("\uFEFF")) {
            throw new AssertionError("no byte-order mark: Excel would read Cyrillic as mojibake");
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF outside quotes");
        }
        return records;
    }
}

package io.winback.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Past sales as CSV with a header row (RFC 4180: commas, double quotes, quotes doubled inside). Columns are those
 * of docs/local.md; values are passed to the webhook as they are, so the webhook's validation reports bad ones.
 */
final class CsvReader {
    static final List<String> COLUMNS = List.of("saleId", "type", "originalSaleId", "storeId", "occurredAt",
            "customerId", "phone", "email", "cardNumber", "name", "total", "currency", "bonusRedeemed");
    private static final Set<String> CUSTOMER_COLUMNS = Set.of("customerId", "phone", "email", "cardNumber", "name");
    private static final Set<String> NUMBER_COLUMNS = Set.of("total", "bonusRedeemed");

    private CsvReader() {
    }

    static List<ImportRow> read(Path file, List<String> problems) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            long[] lineNumber = {0};
            List<String> header = record(reader, lineNumber);
            if (header == null) {
                return rows;
            }
            // Excel's "CSV UTF-8" starts the file with a byte-order mark.
            header = header.stream().map(c -> c.replace("\uFEFF", "").strip()).toList();
            List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
            String separator = header.size() == 1 ? otherSeparator(header.getFirst()) : null;
            if (separator != null) {
                throw CliFailure.stopped("fields must be separated by commas, but the header of " + file + " is"
                        + " separated by " + separator + " (Excel writes ';' where the decimal separator is a comma):"
                        + " save it with ',' between fields and '.' in numbers");
            }
            if (header.size() == 1 && header.getFirst().strip().contains(" ")) {
                throw CliFailure.stopped(file + " is neither CSV (its first line has no commas) nor a CDNOW file ("
                        + CdnowReader.LAYOUTS + "); a CSV needs a header row of these columns: " + COLUMNS);
            }
            if (!unknown.isEmpty()) {
                throw CliFailure.stopped("unknown CSV columns " + unknown + " in " + file + "; the columns are "
                        + COLUMNS + " (docs/local.md, Import past sales)");
            }
            while (true) {
                long startLine = lineNumber[0] + 1;
                List<String> values = record(reader, lineNumber);
                if (values == null) {
                    break;
                }
                if (values.size() == 1 && values.getFirst().isBlank()) {
                    continue;
                }
                if (values.size() != header.size()) {
                    problems.add("line " + startLine + ": " + values.size() + " values for " + header.size() + " columns");
                    continue;
                }
                rows.add(new ImportRow(startLine, sale(header, values)));
            }
        }
        return rows;
    }

    /** The separator a one-column header holds instead of commas, as it reads ("';'", "tabs"), or null. */
    private static String otherSeparator(String header) {
        if (header.indexOf(';') >= 0) {
            return "';'";
        }
        if (header.indexOf('\t') >= 0) {
            return "tabs";
        }
        if (header.indexOf('|') >= 0) {
            return "'|'";
        }
        return null;
    }

    private static Map<String, Object> sale(List<String> header, List<String> values) {
        Map<String, Object> sale = new LinkedHashMap<>();
        Map<String, Object> customer = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String value = values.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            Object typed = value;
            if (NUMBER_COLUMNS.contains(column)) {
                try {
                    typed = new BigDecimal(value);
                } catch (NumberFormatException e) {
                    typed = value; // sent as text: the webhook answers "must be a number" with the field name
                }
            }
            if (CUSTOMER_COLUMNS.contains(column)) {
                customer.put(column.equals("customerId") ? "id" : column, typed);
            } else {
                sale.put(column, typed);
            }
        }
        sale.put("customer", customer);
        return sale;
    }

    /** One CSV record, which may span lines inside quotes; null at the end of the file. */
    private static List<String> record(BufferedReader reader, long[] lineNumber) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        lineNumber[0]++;
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        value.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        value.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    values.add(value.toString());
                    value.setLength(0);
                } else {
                    value.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            String next = reader.readLine();
            if (next == null) {
                break;
            }
            lineNumber[0]++;
            value.append('\n');
            line = next;
        }
        values.add(value.toString());
        return values;
    }
}

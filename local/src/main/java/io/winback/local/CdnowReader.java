package io.winback.local;

import io.winback.money.Money;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CDNOW purchase files, whitespace-separated, in their two layouts: the master file (customer_id, date yyyymmdd,
 * number_of_cds, dollar_value) and the 1/10 sample (customer_id, sample_id, date, number_of_cds, dollar_value; its
 * customer ids are the master's). Each row becomes one sale to customer {@code cdnow-<customer_id>} (five digits:
 * {@code cdnow-00001}), at 12:00 shop time on its date (noon keeps every sale on its calendar day whatever the
 * zone's offset), total the dollar value, in the given currency (none when null: the shop's own), store {@code cdnow}.
 * Sale ids are {@code cdnow-<line number>} in the master file and {@code cdnow-sample-<line number>} in the sample,
 * so neither file's sales are taken for the other's.
 */
final class CdnowReader {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    static final String LAYOUTS = "CDNOW rows are 'customer_id yyyymmdd number_of_cds dollar_value' (CDNOW_master.txt)"
            + " or 'customer_id sample_id yyyymmdd number_of_cds dollar_value' (CDNOW_sample.txt)";

    /** Where the date sits in a row of each layout, and how sale ids are formed. */
    enum Layout {
        MASTER(4, 1, "cdnow-"),
        SAMPLE(5, 2, "cdnow-sample-");

        final int columns;
        final int dateColumn;
        final String saleIdPrefix;

        Layout(int columns, int dateColumn, String saleIdPrefix) {
            this.columns = columns;
            this.dateColumn = dateColumn;
            this.saleIdPrefix = saleIdPrefix;
        }

        static Optional<Layout> of(String[] cols) {
            for (Layout layout : values()) {
                if (cols.length == layout.columns && cols[layout.dateColumn].matches("\\d{8}")) {
                    return Optional.of(layout);
                }
            }
            return Optional.empty();
        }
    }

    private CdnowReader() {
    }

    static boolean looksLikeCdnow(Path file) throws IOException {
        return layout(file).isPresent();
    }

    /**
     * The layout of the first of the first three lines that has one (the master file starts with a header). Read as
     * ISO-8859-1, which takes any byte, so a CSV in another charset than UTF-8 is told apart without failing here.
     */
    static Optional<Layout> layout(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i < 3; i++) {
                String line = reader.readLine();
                if (line == null) {
                    return Optional.empty();
                }
                Optional<Layout> layout = Layout.of(line.strip().split("\\s+"));
                if (layout.isPresent()) {
                    return layout;
                }
            }
        }
        return Optional.empty();
    }

    static List<ImportRow> read(Path file, ZoneId zone, String currency, String storeId, List<String> problems)
            throws IOException {
        Layout layout = layout(file).orElseThrow(() -> CliFailure.stopped(file + " is not a CDNOW file: none of its"
                + " first three lines fits; " + LAYOUTS));
        List<ImportRow> rows = new ArrayList<>();
        long lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String[] cols = line.strip().split("\\s+");
                if (Layout.of(cols).orElse(null) != layout) {
                    if (lineNumber > 1 && !line.isBlank()) {
                        problems.add("line " + lineNumber + ": expected " + layout.columns + " columns as the file's"
                                + " first row; " + LAYOUTS);
                    }
                    continue;
                }
                int date = layout.dateColumn;
                LocalDate day;
                BigDecimal total;
                try {
                    day = LocalDate.parse(cols[date], YYYYMMDD);
                } catch (DateTimeParseException e) {
                    problems.add("line " + lineNumber + ": " + cols[date] + " is not a date (yyyymmdd)");
                    continue;
                }
                try {
                    total = Money.of(new BigDecimal(cols[date + 2])).amount();
                } catch (NumberFormatException | ArithmeticException e) {
                    problems.add("line " + lineNumber + ": dollar_value " + cols[date + 2] + " is not an amount with"
                            + " at most two decimals");
                    continue;
                }
                Map<String, Object> sale = new LinkedHashMap<>();
                sale.put("saleId", layout.saleIdPrefix + lineNumber);
                sale.put("storeId", storeId);
                sale.put("occurredAt", day.atTime(LocalTime.NOON).atZone(zone).toOffsetDateTime().toString());
                sale.put("customer", Map.of("id", "cdnow-" + cols[0]));
                sale.put("total", total);
                if (currency != null) {
                    sale.put("currency", currency);
                }
                rows.add(new ImportRow(lineNumber, sale));
            }
        }
        return rows;
    }
}

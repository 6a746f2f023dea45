package io.winback.local;

import io.winback.csv.CsvUnreadable;
import io.winback.csv.Row;
import io.winback.csv.SpreadsheetCsv;
import io.winback.csv.SpreadsheetDates;
import io.winback.csv.SpreadsheetNumbers;
import io.winback.csv.Table;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Past sales as CSV with a header row, read by {@link SpreadsheetCsv}: separated by {@code ;} (Russian Excel, Winback's
 * ru reports), {@code ,} or tabs; UTF-8, or Windows-1251 when declared with {@code --encoding}. Columns are those of
 * docs/local.md. Amounts written as spreadsheets write them ({@code 1 234,50}) are sent as numbers ({@code 1234.50});
 * a time as Russian Excel shows it ({@code 06.12.2026 10:15}) or ISO without an offset is sent as ISO in the shop's
 * zone; other values go as they are, so the webhook's validation reports bad ones.
 */
final class CsvReader {
    static final List<String> COLUMNS = List.of("saleId", "type", "originalSaleId", "storeId", "occurredAt",
            "customerId", "phone", "email", "cardNumber", "name", "total", "currency", "bonusRedeemed");
    private static final Set<String> CUSTOMER_COLUMNS = Set.of("customerId", "phone", "email", "cardNumber", "name");
    private static final Set<String> NUMBER_COLUMNS = Set.of("total", "bonusRedeemed");

    private CsvReader() {
    }

    /** @param encoding as given with --encoding; null is UTF-8 */
    static List<ImportRow> read(Path file, String encoding, ZoneId shopZone, List<String> problems) throws IOException {
        Table table;
        try {
            table = SpreadsheetCsv.read(Files.readAllBytes(file), encoding);
        } catch (CsvUnreadable e) {
            throw unreadable(file, e);
        }
        List<String> header = table.header();
        List<ImportRow> rows = new ArrayList<>();
        if (header.isEmpty()) {
            return rows;
        }
        if (header.size() == 1 && header.getFirst().contains(" ")) {
            throw CliFailure.stopped(file + " is neither CSV (its first line has no ';', ',' or tab) nor a CDNOW file ("
                    + CdnowReader.LAYOUTS + "); a CSV needs a header row of these columns: " + COLUMNS);
        }
        List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw CliFailure.stopped("unknown CSV columns " + unknown + " in " + file + "; the columns are "
                    + COLUMNS + " (docs/local.md, Import past sales)");
        }
        for (Row row : table.rows()) {
            if (row.values().size() != header.size()) {
                problems.add("line " + row.line() + ": " + row.values().size() + " values for " + header.size()
                        + " columns");
                continue;
            }
            try {
                rows.add(new ImportRow(row.line(), sale(row, shopZone)));
            } catch (NumberFormatException e) {
                problems.add("line " + row.line() + ": " + e.getMessage());
            }
        }
        return rows;
    }

    private static CliFailure unreadable(Path file, CsvUnreadable e) {
        return switch (e.reason()) {
            case NOT_UTF8 -> CliFailure.stopped(file + ": " + e.getMessage().replace("declare the encoding"
                    + " windows-1251", "pass --encoding windows-1251"), e);
            case UNKNOWN_CHARSET -> CliFailure.usage("--encoding: " + e.getMessage());
            default -> CliFailure.stopped(file + ": " + e.getMessage(), e);
        };
    }

    /** @throws NumberFormatException naming the column, when an amount is no number a spreadsheet writes */
    private static Map<String, Object> sale(Row row, ZoneId shopZone) {
        Map<String, Object> sale = new LinkedHashMap<>();
        Map<String, Object> customer = new LinkedHashMap<>();
        for (String column : row.header()) {
            String value = row.get(column);
            if (value.isEmpty()) {
                continue;
            }
            Object typed = NUMBER_COLUMNS.contains(column) ? amount(column, value)
                    : column.equals("occurredAt") ? isoWithOffset(value, shopZone) : value;
            if (CUSTOMER_COLUMNS.contains(column)) {
                customer.put(column.equals("customerId") ? "id" : column, typed);
            } else {
                sale.put(column, typed);
            }
        }
        sale.put("customer", customer);
        return sale;
    }

    private static BigDecimal amount(String column, String value) {
        try {
            return SpreadsheetNumbers.parse(value);
        } catch (NumberFormatException e) {
            throw new NumberFormatException(column + " " + e.getMessage());
        }
    }

    /**
     * ISO with an offset is sent as written; a time the shop's spreadsheet wrote without one is placed in the shop's
     * zone; anything else goes as it is, for the webhook to say what it expects.
     */
    private static String isoWithOffset(String value, ZoneId shopZone) {
        try {
            OffsetDateTime.parse(value);
            return value;
        } catch (DateTimeParseException notIsoWithOffset) {
            // read below
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(SpreadsheetDates.parse(value, shopZone));
        } catch (DateTimeException unreadable) {
            return value;
        }
    }
}

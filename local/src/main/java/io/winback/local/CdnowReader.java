package io.winback.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CDNOW purchase file (whitespace-separated: customer_id, date yyyymmdd, number_of_cds, dollar_value).
 * Each row becomes one sale: saleId {@code cdnow-<line number>}, customer id {@code cdnow-<customer_id>}, at 12:00
 * shop time on its date (noon keeps every sale on its calendar day whatever the zone's offset), total the dollar
 * value, in the given currency (USD unless told otherwise), store {@code cdnow}.
 */
final class CdnowReader {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private CdnowReader() {
    }

    static boolean looksLikeCdnow(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            for (int i = 0; i < 3; i++) {
                String line = reader.readLine();
                if (line == null) {
                    return false;
                }
                String[] cols = line.strip().split("\\s+");
                if (cols.length == 4 && cols[1].matches("\\d{8}")) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<ImportRow> read(Path file, ZoneId zone, String currency, String storeId, List<String> problems)
            throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        long lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String[] cols = line.strip().split("\\s+");
                if (cols.length != 4 || !cols[1].matches("\\d{8}")) {
                    if (lineNumber > 1 && !line.isBlank()) {
                        problems.add("line " + lineNumber + ": expected customer_id date number_of_cds dollar_value");
                    }
                    continue;
                }
                Map<String, Object> sale = new LinkedHashMap<>();
                sale.put("saleId", "cdnow-" + lineNumber);
                sale.put("storeId", storeId);
                sale.put("occurredAt", LocalDate.parse(cols[1], YYYYMMDD).atTime(LocalTime.NOON).atZone(zone)
                        .toOffsetDateTime().toString());
                sale.put("customer", Map.of("id", "cdnow-" + cols[0]));
                sale.put("total", new BigDecimal(cols[3]).setScale(2, RoundingMode.UNNECESSARY));
                sale.put("currency", currency);
                rows.add(new ImportRow(lineNumber, sale));
            }
        }
        return rows;
    }
}

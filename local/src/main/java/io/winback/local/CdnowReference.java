package io.winback.local;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Customer stats computed straight from a CDNOW file, written apart from the product code on purpose (it uses none
 * of the domain classes): if both agreed only because they shared a bug, the checks that use it (the CDNOW replay
 * test, the benchmark) would prove nothing. Follows the definitions of issue #3 and
 * the importer's mapping (each row is one sale at 12:00 shop time on its date; customer id "cdnow-" + file id).
 */
public final class CdnowReference {
    public record Expected(String customerId, int purchases, BigDecimal netSpent, BigDecimal averageCheck,
                    Instant firstPurchaseAt, Instant lastPurchaseAt, int visitDays, LocalDate lastVisitDay,
                    BigDecimal meanIntervalDays, BigDecimal medianIntervalDays, String band, LocalDate sleepAt) {
    }

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    public static Map<String, Expected> compute(Path file, ZoneId zone) throws IOException {
        Map<String, List<String[]>> rowsByCustomer = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] cols = line.strip().split("\\s+");
            if (cols.length != 4 || !cols[1].chars().allMatch(Character::isDigit)) {
                continue; // header
            }
            rowsByCustomer.computeIfAbsent("cdnow-" + cols[0], k -> new ArrayList<>()).add(cols);
        }
        Map<String, Expected> expected = new TreeMap<>();
        rowsByCustomer.forEach((id, rows) -> expected.put(id, expectedFor(id, rows, zone)));
        return expected;
    }

    private static Expected expectedFor(String id, List<String[]> rows, ZoneId zone) {
        BigDecimal spent = BigDecimal.ZERO;
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String[] row : rows) {
            spent = spent.add(new BigDecimal(row[3]));
            days.add(LocalDate.parse(row[1], YYYYMMDD));
        }
        spent = spent.setScale(2, RoundingMode.UNNECESSARY);
        int n = rows.size();
        LocalDate first = days.first();
        LocalDate last = days.last();
        BigDecimal mean = null;
        BigDecimal median = null;
        if (days.size() > 1) {
            mean = new BigDecimal(ChronoUnit.DAYS.between(first, last))
                    .divide(new BigDecimal(days.size() - 1), 2, RoundingMode.HALF_UP);
            List<Long> gaps = new ArrayList<>();
            LocalDate[] ordered = days.toArray(new LocalDate[0]);
            for (int i = 1; i < ordered.length; i++) {
                gaps.add(ChronoUnit.DAYS.between(ordered[i - 1], ordered[i]));
            }
            Collections.sort(gaps);
            int m = gaps.size();
            median = m % 2 == 1 ? new BigDecimal(gaps.get(m / 2)).setScale(1)
                    : new BigDecimal(gaps.get(m / 2 - 1) + gaps.get(m / 2)).divide(new BigDecimal(2), 1, RoundingMode.UNNECESSARY);
        }
        String band = n == 1 ? "1" : n <= 3 ? "2-3" : "4+";
        int sleepDays = n == 1 ? 66 : n <= 3 ? 80 : 90;
        return new Expected(id, n, spent, spent.divide(new BigDecimal(n), 2, RoundingMode.HALF_UP),
                first.atTime(LocalTime.NOON).atZone(zone).toInstant(),
                last.atTime(LocalTime.NOON).atZone(zone).toInstant(), days.size(), last, mean, median, band,
                last.plusDays(sleepDays));
    }

    /** Writes the rows of every {@code everyNth} customer (by id) to {@code target}, header first, order kept. */
    public static void sample(Path source, Path target, int everyNth) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(source)) {
            String[] cols = line.strip().split("\\s+");
            boolean header = cols.length != 4 || !cols[0].chars().allMatch(Character::isDigit);
            if (header || Integer.parseInt(cols[0]) % everyNth == 0) {
                kept.add(line);
            }
        }
        Files.write(target, kept);
    }
}

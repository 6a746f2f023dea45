package io.winback.timing;

import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.PurchaseHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CDNOW purchases (Fader and Hardie's data) as BG/NBD histories: $CDNOW_DIR, else ../shared/data/cdnow beside the
 * checkout (the build sets winback.root to it; from this module's folder that is ../../../shared/data/cdnow).
 *
 * <p>The paper's calibration period is the first 39 weeks, 1997-01-01 to 1997-09-30, and its T is counted in days from
 * the first purchase to 1997-09-30, over 7 (the customer who first bought on 1 January has T = 272 / 7 = 38.86 weeks,
 * as in Hardie's and lifetimes' cdnow_customers table), not to the end of that day.
 */
final class Cdnow {
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Cdnow() {
    }

    static List<CustomerHistory> sampleInWeeks() throws IOException {
        return inWeeks(file("CDNOW_sample.txt"), 2);
    }

    static List<CustomerHistory> masterInWeeks() throws IOException {
        return inWeeks(file("CDNOW_master.txt"), 1);
    }

    /** Every master-file customer's purchase days over the whole file (1997-01-01 to 1998-06-30), as a card has them. */
    static List<CustomerVisitDays> masterVisitDays() throws IOException {
        List<CustomerVisitDays> customers = new ArrayList<>();
        purchaseDays(file("CDNOW_master.txt"), 1).forEach((id, days) ->
                customers.add(CustomerVisitDays.of(id, days, false)));
        return customers;
    }

    /** Each customer's calibration history in weeks; {@code dateColumn} is where the yyyymmdd date is. */
    private static List<CustomerHistory> inWeeks(Path file, int dateColumn) throws IOException {
        List<CustomerHistory> customers = new ArrayList<>();
        purchaseDays(file, dateColumn).forEach((id, bought) -> customers.add(
                new CustomerHistory(id, PurchaseHistory.asOf(bought, CALIBRATION_END, 7))));
        return customers;
    }

    private static Map<String, List<LocalDate>> purchaseDays(Path file, int dateColumn) throws IOException {
        Map<String, List<LocalDate>> days = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > dateColumn && columns[dateColumn].matches("\\d{8}")) { // not the master's header
                days.computeIfAbsent(columns[0], id -> new ArrayList<>())
                        .add(LocalDate.parse(columns[dateColumn], DATE));
            }
        }
        return days;
    }

    private static Path file(String name) {
        String dir = System.getenv("CDNOW_DIR");
        String root = System.getProperty("winback.root");
        Path folder = dir != null ? Path.of(dir)
                : root != null ? Path.of(root).resolve("../shared/data/cdnow")
                : Path.of(System.getProperty("user.dir")).resolve("../../../shared/data/cdnow");
        Path file = folder.resolve(name);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("CDNOW data not found at " + file.toAbsolutePath().normalize()
                    + "; set CDNOW_DIR to the folder holding " + name);
        }
        return file;
    }
}

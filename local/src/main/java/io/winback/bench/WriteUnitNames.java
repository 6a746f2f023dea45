package io.winback.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sale's write units, each under the name of what it buys the shop, from the capacity the functions themselves
 * recorded ({@code <purpose>.write.table}, {@code <purpose>.write.index.<index>}, or only {@code .total} where a
 * purpose records no split). The names are the tables and indexes; {@link #MEANING} says what each is for.
 */
final class WriteUnitNames {
    /** What each named unit keeps for the shop (docs/capacity.md repeats it). */
    static final Map<String, String> MEANING = meanings();

    private WriteUnitNames() {
    }

    /** Units per sale by name, the names sorted; the sum is the run's {@code wru_per_sale}. */
    static Map<String, Object> perSale(Map<String, Double> units, long sales) {
        Map<String, Double> named = new TreeMap<>();
        units.forEach((key, value) -> {
            String[] parts = key.split("\\.", 4);
            if (parts.length < 3 || !parts[1].equals("write")) {
                return;
            }
            String place = place(parts[0]);
            switch (parts[2]) {
                case "table" -> named.merge(place, value, Double::sum);
                case "index" -> named.merge(place + "/" + parts[3], value, Double::sum);
                case "total" -> {
                    if (!units.containsKey(parts[0] + ".write.table")) {
                        named.merge(place, value, Double::sum); // a purpose that records no split
                    }
                }
                default -> {
                }
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        named.forEach((name, value) -> {
            if (value > 0) {
                out.put(name, Benchmark.round(value / sales));
            }
        });
        return out;
    }

    /** The table a function's purpose writes. */
    private static String place(String purpose) {
        return switch (purpose) {
            case "ingest" -> "sales";
            case "stats" -> "customers";
            case "lines" -> "sale_lines";
            default -> purpose;
        };
    }

    private static Map<String, String> meanings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sales", "the receipt itself, once: a resent receipt is refused as a duplicate, a return finds it, the customer's export and erasure read it");
        m.put("sales/byCustomer", "a customer's receipts: their card's history, export, erasure, returns matched to originals");
        m.put("sales/byDay", "the day's receipts: the metrics and sales reports by day, by store");
        m.put("customers", "the card: the statistics every rule reads (the write that applies the sale), with the chains table's bookkeeping the same update makes (consent, markers of forgotten sale ids, the shop totals once per stream batch)");
        m.put("customers/bySleepAt", "who falls asleep on which day: the daily check reads only the day's due customers");
        m.put("customers/bySleepDecision", "customers woken and decided: the check's follow-ups");
        m.put("customers/byPhone", "a card found by phone at the till and in the console");
        m.put("customers/byCard", "a card found by loyalty card number");
        m.put("customers/byName", "a card found by the beginning of the name in the console");
        m.put("customers/byBirthday", "who has a birthday on which day: the birthday trigger reads only its day");
        m.put("sale_lines", "the buyers index: one entry per distinct SKU and group of the receipt, for restock cycles, cross-sell and the products report");
        m.put("cycles", "each customer's restock record per product group");
        return m;
    }
}

package io.winback.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sale's write units, each under the name of what it buys the shop, from the capacity the functions themselves
 * recorded ({@code <purpose>.write.table}, {@code <purpose>.write.index.<index>}, or only {@code .total} where a
 * purpose records no split). The names are the tables and indexes; docs/capacity.md says what each buys the shop.
 */
final class WriteUnitNames {
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
}

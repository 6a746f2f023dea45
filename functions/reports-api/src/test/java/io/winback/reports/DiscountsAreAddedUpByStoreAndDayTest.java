package io.winback.reports;

import io.winback.testing.CsvRows;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.Sale;
import io.winback.domain.SaleLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.winback.reports.ReportsShop.customer;
import static io.winback.reports.ReportsShop.line;
import static io.winback.reports.ReportsShop.purchase;
import static io.winback.reports.ReportsShop.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DiscountsAreAddedUpByStoreAndDayTest {
    private static final List<Sale> RECEIPTS = List.of(
            purchase("d-1", customer("C-1", "А", null, true, null), "s1", "2026-11-02", "100",
                    line("A1", "coffee", "2", "950", "150.50"), line("T1", "tea", "1", "300", "20")),
            purchase("d-2", customer("C-2", "Б", null, true, null), "s1", "2026-11-02", "0",
                    line("A1", "coffee", "1", "950", "0")),
            purchase("d-3", customer("C-3", "В", null, true, null), "s2", "2026-11-02", "250",
                    line("A1", "coffee", "1", "950", "95")),
            purchase("d-4", customer("C-1", "А", null, true, null), "s2", "2026-11-04", "0",
                    line("T1", "tea", "3", "300", "30")),
            purchase("d-5", customer("C-4", "Г", null, true, null), null, "2026-11-04", "40",
                    line("T1", "tea", "1", "300", "0")),
            // A return gives money back, not a discount: not counted.
            refund("d-6", customer("C-2", "Б", null, true, null), "s1", "2026-11-04",
                    line("A1", "coffee", "1", "950", "10")),
            // Outside the period.
            purchase("d-7", customer("C-2", "Б", null, true, null), "s1", "2026-11-06", "10",
                    line("A1", "coffee", "1", "950", "5")));

    private final ReportsShop shop = new ReportsShop();

    @Test
    void eachStoreDayHasItsPurchasesDiscountsAndBonusesAndTheTotalsAddThemUp() {
        shop.sell(RECEIPTS);

        var answer = shop.get("/v1/reports/discounts", Map.of("from", "2026-11-01", "to", "2026-11-05"));

        assertEquals(200, answer.getStatusCode(), answer.getBody());
        JsonNode body = ReportsShop.json(answer);
        Map<String, BigDecimal[]> expected = expected();
        List<String> keys = new ArrayList<>();
        body.get("rows").forEach(row -> {
            String key = row.get("day").asText() + " " + row.get("store").asText();
            keys.add(key);
            assertFigures(expected.get(key), row, key);
        });
        assertEquals(List.of("2026-11-02 s1", "2026-11-02 s2", "2026-11-04 -", "2026-11-04 s2"), keys);
        BigDecimal[] totals = new BigDecimal[6];
        java.util.Arrays.fill(totals, BigDecimal.ZERO);
        expected.values().forEach(f -> {
            for (int i = 0; i < 6; i++) {
                totals[i] = totals[i].add(f[i]);
            }
        });
        assertFigures(totals, body.get("totals"), "totals");
    }

    @Test
    void theCsvInRussianHasTheSameFiguresWithADecimalCommaAndATotalsRow() {
        shop.sell(RECEIPTS);
        Map<String, String> period = Map.of("from", "2026-11-01", "to", "2026-11-05", "store", "s1,s2");
        JsonNode json = ReportsShop.json(shop.get("/v1/reports/discounts", period));
        Map<String, String> csvQuery = new java.util.HashMap<>(period);
        csvQuery.put("format", "csv");

        var answer = shop.get("/v1/reports/discounts", csvQuery);

        List<List<String>> records = CsvRows.parse(answer.getBody(), ';');
        assertEquals(DiscountsReport.header(io.winback.report.ReportLanguage.RU), records.getFirst());
        JsonNode rows = json.get("rows");
        assertEquals(rows.size() + 2, records.size(), "header, rows, totals");
        for (int i = 0; i < rows.size(); i++) {
            assertRecord(rows.get(i), records.get(i + 1));
            assertEquals(java.time.LocalDate.parse(rows.get(i).get("day").asText()).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), records.get(i + 1).get(0),
                    "ISO in the JSON, dd.MM.yyyy in the Russian CSV");
            assertEquals(rows.get(i).get("store").asText(), records.get(i + 1).get(1));
        }
        assertEquals("итого", records.getLast().get(0));
        assertRecord(json.get("totals"), records.getLast());
        assertEquals("170,50", records.get(1).get(4), "discounts of 2026-11-02 at s1 (150.50 + 20), decimal comma");
    }

    private static void assertRecord(JsonNode row, List<String> record) {
        String[] names = {"purchases", "purchasesWithDiscount", "discounts", "purchasesWithBonus", "bonusRedeemed",
                "revenue"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(0, row.get(names[i]).decimalValue().compareTo(new BigDecimal(record.get(i + 2)
                    .replace(',', '.'))), names[i] + " in " + record);
        }
    }

    /** Per "day store": purchases, with discount, discounts, with bonus, bonus redeemed, revenue. */
    private static Map<String, BigDecimal[]> expected() {
        Map<String, BigDecimal[]> byKey = new TreeMap<>();
        for (Sale sale : RECEIPTS) {
            String day = sale.occurredAt().toLocalDate().toString();
            if (!sale.isPurchase() || day.compareTo("2026-11-05") > 0) {
                continue;
            }
            BigDecimal discount = sale.lines().stream().map(SaleLine::discount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal[] f = byKey.computeIfAbsent(day + " " + (sale.storeId() == null ? "-" : sale.storeId()), k -> {
                BigDecimal[] zero = new BigDecimal[6];
                java.util.Arrays.fill(zero, BigDecimal.ZERO);
                return zero;
            });
            f[0] = f[0].add(BigDecimal.ONE);
            f[1] = f[1].add(discount.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            f[2] = f[2].add(discount);
            f[3] = f[3].add(sale.bonusRedeemed().signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            f[4] = f[4].add(sale.bonusRedeemed());
            f[5] = f[5].add(sale.total());
        }
        return byKey;
    }

    private static void assertFigures(BigDecimal[] expected, JsonNode row, String what) {
        String[] names = {"purchases", "purchasesWithDiscount", "discounts", "purchasesWithBonus", "bonusRedeemed",
                "revenue"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(0, expected[i].compareTo(row.get(names[i]).decimalValue()),
                    what + " " + names[i] + ": " + expected[i] + " vs " + row.get(names[i]));
        }
    }
}

package io.winback.reports;

import io.winback.testing.CsvRows;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import static io.winback.reports.ReportsShop.customer;
import static io.winback.reports.ReportsShop.line;
import static io.winback.reports.ReportsShop.purchase;
import static io.winback.reports.ReportsShop.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class BuyersOfAProductAreListedOncePerCustomerWithTheirConsentTest {
    private static final SaleCustomer ANNA = customer("C-anna", "Анна \"Ася\"; Петрова, мл.", "anna@example.com", true, false);
    private static final SaleCustomer BORIS = customer("C-boris", "Борис", null, false, null);
    private static final SaleCustomer VERA = customer("C-vera", "Вера", "vera@example.com", true, true);
    private static final SaleCustomer GLEB = customer("C-gleb", "Глеб", null, true, false);
    private static final SaleCustomer DINA = customer("C-dina", "Дина", null, true, false);

    private static final List<Sale> RECEIPTS = List.of(
            purchase("s-01", ANNA, "s1", "2026-11-03", "0", line("A1", "coffee", "2", "950", "100"),
                    line("T1", "tea", "1", "300", "0")),
            // Two lines of one SKU on one receipt: one purchase of quantity 4.
            purchase("s-02", ANNA, "s2", "2026-11-10", "0", line("A1", "coffee", "1", "950", "0"),
                    line("A1", "coffee", "3", "950", "50")),
            purchase("s-03", BORIS, "s1", "2026-11-05", "0", line("A1", "coffee", "1", "950", "0")),
            purchase("s-04", VERA, "s3", "2026-11-07", "0", line("B2", "coffee", "1", "700", "0")),
            purchase("s-05", GLEB, "s1", "2026-10-31", "0", line("A1", "coffee", "1", "950", "0")),
            purchase("s-06", GLEB, "s1", "2026-12-01", "0", line("A1", "coffee", "1", "950", "0")),
            purchase("s-07", DINA, "s1", "2026-10-20", "0", line("A1", "coffee", "1", "950", "0")),
            refund("r-08", DINA, "s1", "2026-11-15", line("A1", "coffee", "1", "950", "0")),
            refund("r-09", BORIS, "s2", "2026-11-20", line("A1", "coffee", "1", "950", "0")),
            // A till that sends no store: the receipt counts under "-".
            purchase("s-10", VERA, null, "2026-11-08", "0", line("A1", "coffee", "5", "950", "0")),
            purchase("s-11", GLEB, "s2", "2026-11-30", "0", line("T1", "tea", "2", "300", "0")));

    private final ReportsShop shop = new ReportsShop();

    @Test
    void theBuyersOfASkuInThePeriodAreOneRowEachWithTheirCardsContactsAndConsent() {
        shop.sell(RECEIPTS);

        var answer = shop.get("/v1/reports/buyers", Map.of("sku", "A1", "from", "2026-11-01", "to", "2026-11-30"));

        assertEquals(200, answer.getStatusCode(), answer.getBody());
        JsonNode body = ReportsShop.json(answer);
        assertRowsAre(expected(l -> "A1".equals(l.sku()), "2026-11-01", "2026-11-30", null), body.get("rows"));
        assertEquals(List.of("C-anna", "C-boris", "C-vera"), keys(body.get("rows")), "Dina only returned it");
        assertNull(body.path("nextCursor").textValue(), "one page holds them all");
    }

    @Test
    void aGroupAtSomeStoresListsWhoBoughtAnyOfItsProductsThere() {
        shop.sell(RECEIPTS);

        var answer = shop.get("/v1/reports/buyers", Map.of("group", "coffee", "from", "2026-11-01",
                "to", "2026-11-30", "store", "s1, s3"));

        assertEquals(200, answer.getStatusCode(), answer.getBody());
        var rows = ReportsShop.json(answer).get("rows");
        assertRowsAre(expected(l -> "coffee".equals(l.group()), "2026-11-01", "2026-11-30", Set.of("s1", "s3")), rows);
        assertEquals(List.of("C-anna", "C-boris", "C-vera"), keys(rows));
    }

    @Test
    void theCsvReadsBackFieldByFieldAsTheJsonRows() {
        shop.sell(RECEIPTS);
        Map<String, String> query = Map.of("sku", "A1", "from", "2026-11-01", "to", "2026-11-30");
        JsonNode rows = ReportsShop.json(shop.get("/v1/reports/buyers", query)).get("rows");

        var answer = shop.get("/v1/reports/buyers", with(query, "format", "csv"));

        assertEquals(200, answer.getStatusCode());
        assertEquals("text/csv; charset=utf-8", answer.getHeaders().get("content-type"));
        List<List<String>> records = CsvRows.parse(answer.getBody(), ';');
        assertEquals(BuyersReport.header(io.winback.report.ReportLanguage.RU), records.getFirst());
        assertEquals(rows.size() + 1, records.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            List<String> record = records.get(i + 1);
            assertEquals(row.get("customerKey").asText(), record.get(0));
            assertEquals(row.get("name").asText(), record.get(1));
            // A phone starts with "+": written with an apostrophe, so Excel keeps it text (and runs no formula).
            assertEquals("'" + row.get("phone").asText(), record.get(2));
            assertEquals(row.path("email").asText(""), record.get(3));
            assertEquals(yesNo(row.path("consentSms")), record.get(4));
            assertEquals(yesNo(row.path("consentEmail")), record.get(5));
            assertEquals(row.get("purchases").asText(), record.get(6));
            assertEquals(0, row.get("quantity").decimalValue().compareTo(new BigDecimal(record.get(7).replace(',', '.'))));
            assertEquals(row.get("returns").asText(), record.get(8));
            // ISO in the JSON, dd.MM.yyyy in the Russian CSV, as Russian Excel reads a date.
            assertEquals(russianDay(row.get("firstPurchaseDay").asText()), record.get(9));
            assertEquals(russianDay(row.get("lastPurchaseDay").asText()), record.get(10));
        }
        assertEquals(ANNA.name(), records.get(1).get(1), "a name with the separator and quotes survives");
    }

    private static String russianDay(String iso) {
        return java.time.LocalDate.parse(iso).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    private static String yesNo(JsonNode flag) {
        return flag.isMissingNode() || flag.isNull() ? "" : flag.asBoolean() ? "да" : "нет";
    }

    private static Boolean flag(JsonNode node) {
        return node.isBoolean() ? node.asBoolean() : null;
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(query);
        more.put(name, value);
        return more;
    }

    private static List<String> keys(JsonNode rows) {
        List<String> keys = new ArrayList<>();
        rows.forEach(row -> keys.add(row.get("customerKey").asText()));
        return keys;
    }

    /** What a buyer's row should say, worked out from the receipts themselves. */
    record Expected(SaleCustomer who, Set<String> purchases, BigDecimal quantity, Set<String> returns,
                    LocalDate first, LocalDate last) {
    }

    private static Map<String, Expected> expected(Predicate<SaleLine> product, String from, String to,
                                                  Set<String> stores) {
        Map<String, Expected> byKey = new TreeMap<>();
        for (Sale sale : RECEIPTS) {
            LocalDate day = sale.occurredAt().atZoneSameInstant(ZoneId.of("Europe/Moscow")).toLocalDate();
            String store = sale.storeId() == null ? "-" : sale.storeId();
            if (day.isBefore(LocalDate.parse(from)) || day.isAfter(LocalDate.parse(to))
                    || (stores != null && !stores.contains(store))) {
                continue;
            }
            for (SaleLine line : sale.lines()) {
                if (!product.test(line)) {
                    continue;
                }
                Expected e = byKey.getOrDefault(sale.customerKey(), new Expected(sale.customer(), new HashSet<>(),
                        BigDecimal.ZERO, new HashSet<>(), null, null));
                if (sale.isPurchase()) {
                    e.purchases().add(sale.saleId());
                    e = new Expected(e.who(), e.purchases(), e.quantity().add(line.quantity()), e.returns(),
                            e.first() == null || day.isBefore(e.first()) ? day : e.first(),
                            e.last() == null || day.isAfter(e.last()) ? day : e.last());
                } else {
                    e.returns().add(sale.saleId());
                }
                byKey.put(sale.customerKey(), e);
            }
        }
        byKey.values().removeIf(e -> e.purchases().isEmpty());
        return byKey;
    }

    private static void assertRowsAre(Map<String, Expected> expected, JsonNode rows) {
        assertFalse(expected.isEmpty());
        assertEquals(List.copyOf(expected.keySet()), keys(rows));
        for (JsonNode row : rows) {
            Expected e = expected.get(row.get("customerKey").asText());
            String key = row.get("customerKey").asText();
            assertEquals(e.who().name(), row.get("name").asText(), key);
            assertEquals(e.who().phone(), row.get("phone").asText(), key);
            assertEquals(e.who().email(), row.path("email").textValue(), key);
            assertEquals(e.who().consent().sms(), flag(row.path("consentSms")), key);
            assertEquals(e.who().consent().email(), flag(row.path("consentEmail")), key);
            assertEquals(e.purchases().size(), row.get("purchases").asInt(), key);
            assertEquals(0, e.quantity().compareTo(row.get("quantity").decimalValue()), key);
            assertEquals(e.returns().size(), row.get("returns").asInt(), key);
            assertEquals(e.first().toString(), row.get("firstPurchaseDay").asText(), key);
            assertEquals(e.last().toString(), row.get("lastPurchaseDay").asText(), key);
        }
    }
}

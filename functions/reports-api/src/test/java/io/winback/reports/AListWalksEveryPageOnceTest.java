package io.winback.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.Sale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.winback.reports.ReportsShop.customer;
import static io.winback.reports.ReportsShop.line;
import static io.winback.reports.ReportsShop.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A buyers list walked a page at a time gives every buyer once, in order, with all their purchases counted. */
class AListWalksEveryPageOnceTest {
    private final ReportsShop shop = new ReportsShop();

    @Test
    void pagesOfFiveGiveEveryBuyerOnceWithAllTheirPurchases() {
        List<Sale> receipts = new ArrayList<>();
        Map<String, Integer> expected = new TreeMap<>();
        for (int n = 0; n < 23; n++) {
            String key = "C-" + (char) ('a' + (n * 7) % 23) + n;
            var who = customer(key, "Покупатель " + n, null, n % 2 == 0, null);
            // Days run the other way from keys, so the index hands buyers over out of key order.
            receipts.add(purchase("p-" + n, who, "s" + (n % 3), "2026-11-" + String.format("%02d", 28 - n), "0",
                    line("P1", "bread", "1", "50", "0")));
            expected.merge(key, 1, Integer::sum);
            if (n % 4 == 0) {
                receipts.add(purchase("q-" + n, who, "s1", "2026-11-29", "0", line("P1", "bread", "2", "50", "0")));
                expected.merge(key, 1, Integer::sum);
            }
        }
        shop.sell(receipts);

        Map<String, Integer> seen = new TreeMap<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> query = new HashMap<>(Map.of("sku", "P1", "from", "2026-11-01", "to", "2026-11-30",
                    "limit", "5"));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            var answer = shop.get("/v1/reports/buyers", query);
            assertEquals(200, answer.getStatusCode(), answer.getBody());
            JsonNode body = ReportsShop.json(answer);
            assertTrue(body.get("rows").size() <= 5);
            for (JsonNode row : body.get("rows")) {
                String key = row.get("customerKey").asText();
                assertEquals(null, seen.put(key, row.get("purchases").asInt()), key + " listed twice");
                order.add(key);
            }
            cursor = body.path("nextCursor").textValue();
            pages++;
        } while (cursor != null && pages < 20);

        assertEquals(expected, seen);
        assertEquals(List.copyOf(expected.keySet()), order, "customer-key order across pages");
        assertEquals(5, pages);
    }

    @Test
    void aCursorCarriedOverToAnotherProductIsRefusedAndReadsNothing() {
        shop.sell(List.of(
                purchase("p-1", customer("C-1", "Один", null, true, null), "s1", "2026-11-02", "0",
                        line("P1", "bread", "1", "50", "0")),
                purchase("p-2", customer("C-2", "Два", null, true, null), "s1", "2026-11-03", "0",
                        line("P1", "bread", "1", "50", "0"))));
        var first = shop.get("/v1/reports/buyers", Map.of("sku", "P1", "from", "2026-11-01", "to", "2026-11-30",
                "limit", "1"));
        String cursor = ReportsShop.json(first).path("nextCursor").textValue();
        assertNotNull(cursor);

        var other = shop.get("/v1/reports/buyers", Map.of("sku", "P2", "from", "2026-11-01", "to", "2026-11-30",
                "limit", "1", "cursor", cursor));
        var edited = shop.get("/v1/reports/buyers", Map.of("sku", "P1", "from", "2026-11-01", "to", "2026-11-30",
                "limit", "1", "cursor", cursor.substring(0, cursor.length() - 3)));
        var next = shop.get("/v1/reports/buyers", Map.of("sku", "P1", "from", "2026-11-01", "to", "2026-11-30",
                "limit", "1", "cursor", cursor));

        assertEquals(400, other.getStatusCode());
        assertEquals(List.of("cursor"), ReportsShop.errorFields(other));
        assertEquals(400, edited.getStatusCode());
        assertEquals(List.of("cursor"), ReportsShop.errorFields(edited));
        assertEquals("C-2", ReportsShop.json(next).get("rows").get(0).get("customerKey").asText());
    }
}

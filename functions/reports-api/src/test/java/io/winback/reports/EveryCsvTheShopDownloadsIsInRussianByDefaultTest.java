package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.testing.CsvRows;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.winback.reports.ReportsShop.customer;
import static io.winback.reports.ReportsShop.line;
import static io.winback.reports.ReportsShop.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every report the shop downloads as CSV, asked for without {@code lang} (Russian is the default), has a Russian
 * header: each column named in Cyrillic (the RFM scores R and F are the method's own letters). English keeps the
 * names English consumers have always read.
 */
class EveryCsvTheShopDownloadsIsInRussianByDefaultTest {
    private static final Map<String, Map<String, String>> REPORTS = Map.of(
            "/v1/reports/metrics", Map.of("from", "2026-11-01", "to", "2026-11-30"),
            "/v1/reports/buyers", Map.of("group", "coffee", "from", "2026-11-01", "to", "2026-11-30"),
            "/v1/reports/discounts", Map.of("from", "2026-11-01", "to", "2026-11-30"),
            "/v1/reports/sleeping", Map.of("on", "2026-12-05"),
            "/v1/reports/reactivation", Map.of("from", "2026-11-01", "to", "2026-11-30"),
            "/v1/reports/segments", Map.of(),
            "/v1/reports/cycles", Map.of(),
            "/v1/reports/timing", Map.of());
    private final ReportsShop shop = new ReportsShop();

    @Test
    void eachReportsRussianHeaderNamesEveryColumnInRussian() {
        shop.sell(List.of(purchase("s-1", customer("C-1", "Анна", null, true, false), "s1", "2026-11-02", "0",
                line("A1", "coffee", "1", "100", "0"))));
        for (Routes.Endpoint endpoint : Routes.Endpoint.values()) {
            if (endpoint == Routes.Endpoint.DASHBOARD) {
                continue;
            }
            Map<String, String> query = new java.util.HashMap<>(REPORTS.get(endpoint.path()));
            query.put("format", "csv");
            APIGatewayV2HTTPResponse answer = shop.get(endpoint.path(), query);
            assertEquals(200, answer.getStatusCode(), endpoint + " " + answer.getBody());
            List<String> header = CsvRows.parse(answer.getBody(), ';').getFirst();
            for (String column : header) {
                assertTrue(column.matches(".*[а-яё].*") || column.matches("[RF]"),
                        endpoint.path() + ": column '" + column + "' is not Russian in " + header);
            }
        }
    }

    @Test
    void theRussianBuyersListWritesItsDaysAsRussianExcelReadsThem() {
        shop.sell(List.of(purchase("s-1", customer("C-1", "Анна", null, true, false), "s1", "2026-11-02", "0",
                line("A1", "coffee", "1", "100", "0"))));
        List<List<String>> rows = CsvRows.parse(shop.get("/v1/reports/buyers", Map.of("group", "coffee",
                "from", "2026-11-01", "to", "2026-11-30", "format", "csv")).getBody(), ';');
        assertEquals(List.of("02.11.2026", "02.11.2026"), rows.get(1).subList(9, 11));
    }
}

package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.segments.SegmentsJobHandler;
import io.winback.testing.CsvRows;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * October 2026 at a two-store shop, every figure worked out by hand below. With activeDays 90, "active at the start"
 * means a purchase from 3 July to 30 September, "active at the end" one from 3 August to 31 October.
 * <ul>
 *   <li>anna: 1 Sep at A (1,000), 5 Oct at A (1,000), 20 Oct at B (2,000, 50 bonus redeemed), returns 500 on 21 Oct at B;</li>
 *   <li>boris: first ever purchase 10 Oct at A (600, 100 discount on the line);</li>
 *   <li>vera: 20 Jul at A (700) and nothing since: active at the start, gone by the end;</li>
 *   <li>gleb: 1 Mar at A (300): active at neither.</li>
 * </ul>
 */
class OwnerReadsThePeriodsRetentionMetricsTest {
    private static final ReportsFixture SHOP = new ReportsFixture();

    @BeforeAll
    static void october() {
        SHOP.purchase("gleb", "A", "2026-03-01", "300")
                .purchase("vera", "A", "2026-07-20", "700")
                .purchase("anna", "A", "2026-09-01", "1000")
                .purchase("anna", "A", "2026-10-05", "1000")
                .purchase("boris", "A", "2026-10-10", "600", "0", "100")
                .purchase("anna", "B", "2026-10-20", "2000", "50", "0")
                .refund("anna", "B", "2026-10-21", "500")
                // November is outside the period.
                .purchase("boris", "A", "2026-11-02", "900");
    }

    private static JsonNode metrics(Map<String, String> extra) throws Exception {
        Map<String, String> query = new HashMap<>(Map.of("from", "2026-10-01", "to", "2026-10-31",
                "activeDays", "90", "spend", "1000"));
        query.putAll(extra);
        APIGatewayV2HTTPResponse response = SHOP.get("/v1/reports/metrics", query);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Json.readTree(response.getBody());
    }

    @Test
    void theWholeShopsOctoberAddsUpToTheHandWorkedFigures() throws Exception {
        JsonNode m = metrics(Map.of());
        assertEquals(3, m.get("purchases").asInt());
        assertDecimal("3600", m.get("revenue"));
        assertEquals(1, m.get("returns").asInt());
        assertDecimal("500", m.get("refunds"));
        assertDecimal("3100", m.get("netRevenue"));
        assertDecimal("1200", m.get("aov"));
        assertDecimal("100", m.get("discounts"));
        assertDecimal("50", m.get("bonusRedeemed"));
        assertEquals(2, m.get("buyers").asInt());
        assertEquals(1, m.get("repeatBuyers").asInt());
        assertDecimal("50", m.get("repeatPurchaseRatePercent"));
        assertEquals(1, m.get("newCustomers").asInt(), "boris; anna first bought in September");
        assertEquals(2, m.get("activeAtStart").asInt(), "anna and vera");
        assertEquals(2, m.get("activeAtEnd").asInt(), "anna and boris");
        assertDecimal("50", m.get("crrPercent"));
        assertDecimal("1000", m.get("cac"));
        // 1,200 × (3 purchases / 2 buyers) × 12 periods
        assertDecimal("21600", m.get("ltv"));
    }

    @Test
    void oneStoreCountsOnlyWhatHappenedThere() throws Exception {
        JsonNode m = metrics(Map.of("store", "A"));
        assertEquals(2, m.get("purchases").asInt());
        assertDecimal("1600", m.get("revenue"));
        assertDecimal("800", m.get("aov"));
        assertEquals(0, m.get("repeatBuyers").asInt());
        assertEquals(0, m.get("returns").asInt(), "the refund was at B");
    }

    @Test
    void severalStoresAddUpAndTheCountOfTheWholeBaseComesFromTheSegmentsJobWithItsDay() throws Exception {
        JsonNode both = metrics(Map.of("store", "A,B"));
        assertEquals(3, both.get("purchases").asInt(), "A and B together are the whole shop here");
        assertEquals("A,B", both.get("store").asText());

        ReportsFixture fresh = new ReportsFixture();
        fresh.purchase("ivan", "A", "2026-10-05", "100").purchase("olga", "A", "2026-08-10", "100")
                .purchase("petr", "A", "2026-05-01", "100");
        Map<String, String> october = Map.of("from", "2026-10-01", "to", "2026-10-31");
        assertFalse(Json.readTree(fresh.get("/v1/reports/metrics", october).getBody()).has("customersAsOf"),
                "before the job's first run there is no count of the whole base, rather than a wrong one");
        new SegmentsJobHandler(LocalDynamo.client(), fresh.config, Clock.systemUTC(), CapacityMeter.NONE)
                .handleRequest(Map.of("scheduledTime", "2026-11-01T10:30:00+03:00"), null);
        JsonNode m = Json.readTree(fresh.get("/v1/reports/metrics", october).getBody());
        assertEquals("2026-11-01", m.get("customersAsOf").asText());
        // One-time buyers sleep 66 days after the visit and are lost 30 days (MAX_LATE_DAYS) after that: ivan bought
        // 27 days before, olga 83 (asleep since 15 October), petr 184 (asleep since 6 July).
        assertEquals(1, m.get("customersActive").asInt());
        assertEquals(1, m.get("customersSleeping").asInt());
        assertEquals(1, m.get("customersLost").asInt());
    }

    @Test
    void retentionCountsTheNewAndTheWonBackOnlyAsTheyStandAtTheEnd() throws Exception {
        // February to June with a 30-day window: active at the start means a purchase in January, at the end one in
        // June. yana (January, June) stays; zoya (January) leaves; xenia is new in March and gone by June; wanda
        // lapsed in 2025 and is back in June.
        ReportsFixture shop = new ReportsFixture();
        shop.purchase("yana", "A", "2026-01-05", "100").purchase("zoya", "A", "2026-01-20", "100")
                .purchase("xenia", "A", "2026-03-10", "100").purchase("wanda", "A", "2025-10-01", "100")
                .purchase("yana", "A", "2026-06-20", "100").purchase("wanda", "A", "2026-06-25", "100");
        JsonNode m = Json.readTree(shop.get("/v1/reports/metrics", Map.of("from", "2026-02-01", "to", "2026-06-30",
                "activeDays", "30")).getBody());
        assertEquals(2, m.get("activeAtStart").asInt(), "yana, zoya");
        assertEquals(2, m.get("activeAtEnd").asInt(), "yana, wanda");
        assertEquals(1, m.get("newCustomers").asInt(), "xenia");
        assertEquals(1, m.get("retainedFromStart").asInt(), "yana");
        assertEquals(1, m.get("wonBack").asInt(), "wanda");
        // (2 at the end − 0 new among them) / 2: xenia left before the end, so she is neither in E nor in N.
        assertDecimal("100", m.get("crrPercent"));
    }

    @Test
    void withoutASpendThereIsNoAcquisitionCostRatherThanZero() throws Exception {
        Map<String, String> query = Map.of("from", "2026-10-01", "to", "2026-10-31");
        JsonNode m = Json.readTree(SHOP.get("/v1/reports/metrics", query).getBody());
        assertFalse(m.has("cac"), "absent, as README says, not 0");
    }

    @Test
    void theCsvOpensInRussianExcelWithSemicolonsAndDecimalCommas() {
        APIGatewayV2HTTPResponse response = SHOP.get("/v1/reports/metrics", Map.of("from", "2026-10-01",
                "to", "2026-10-31", "activeDays", "90", "format", "csv"));
        assertEquals(200, response.getStatusCode());
        assertTrue(response.getHeaders().get("content-type").startsWith("text/csv"));
        List<List<String>> rows = CsvRows.parse(response.getBody(), ';');
        assertEquals(List.of("показатель", "значение"), rows.getFirst());
        assertTrue(rows.contains(List.of("средний чек", "1200,00")), rows.toString());
        assertTrue(rows.contains(List.of("удержание клиентов (CRR), %", "50,00")), rows.toString());
        assertTrue(rows.contains(List.of("с", "01.10.2026")), "a day as Russian Excel reads it: " + rows);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertTrue(row.getFirst().matches("[а-яё ,%()A-Z]+"), "every figure named in Russian: " + row);
        }
    }

    @ParameterizedTest
    @Event(value = "../../events/reports-api-metrics-csv.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleRequestForOctoberInEnglishCsvAnswersTheSameFigures(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = SHOP.handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("attachment; filename=\"metrics-2026-10-01-2026-10-31.csv\"",
                response.getHeaders().get("content-disposition"));
        List<List<String>> rows = CsvRows.parse(response.getBody(), ',');
        assertTrue(rows.contains(List.of("aov", "1200.00")), rows.toString());
        assertTrue(rows.contains(List.of("newCustomers", "1")), rows.toString());
    }

    @Test
    void theCsvInEnglishUsesCommasAndDots() {
        APIGatewayV2HTTPResponse response = SHOP.get("/v1/reports/metrics", Map.of("from", "2026-10-01",
                "to", "2026-10-31", "activeDays", "90", "format", "csv", "lang", "en"));
        List<List<String>> rows = CsvRows.parse(response.getBody(), ',');
        assertEquals(List.of("metric", "value"), rows.getFirst());
        assertTrue(rows.contains(List.of("aov", "1200.00")), rows.toString());
        APIGatewayV2HTTPResponse byLocale = SHOP.get("/v1/reports/metrics", Map.of("from", "2026-10-01",
                "to", "2026-10-31", "activeDays", "90", "format", "csv", "locale", "en"));
        assertEquals(response.getBody(), byLocale.getBody(), "locale=en is lang=en");
    }

    private static void assertDecimal(String expected, JsonNode actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()),
                "expected " + expected + ", was " + actual);
    }
}

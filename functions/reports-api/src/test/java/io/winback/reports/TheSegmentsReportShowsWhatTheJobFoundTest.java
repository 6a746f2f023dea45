package io.winback.reports;

import io.winback.testing.CsvRows;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoSegmentsSummary;
import io.winback.json.Json;
import io.winback.report.CsvWriter;
import io.winback.report.SegmentsSummary;
import io.winback.segments.SegmentsJobHandler;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /v1/reports/segments} on what the real segments job left in DynamoDB Local: the JSON and the CSV (read
 * back field by field, in both languages) carry the summary's grid, classes and census; before the first run the
 * owner is told the segments are not computed yet.
 */
class TheSegmentsReportShowsWhatTheJobFoundTest {
    private static final String TOKEN = "segments-report-token-0123456789";
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS, TOKEN));
    private final ReportsApiHandler reports = new ReportsApiHandler(LocalDynamo.client(), config, Clock.systemUTC());

    @Test
    void beforeTheFirstRunTheReportSaysSoWithAnEmptyGrid() throws Exception {
        APIGatewayV2HTTPResponse json = get(Map.of("lang", "en"));
        assertEquals(200, json.getStatusCode());
        JsonNode body = Json.readTree(json.getBody());
        assertTrue(body.get("message").asText().contains("not been computed yet"), json.getBody());
        assertEquals(0, body.get("grid").size());
        assertEquals(0, body.get("abc").size());

        APIGatewayV2HTTPResponse csv = get(Map.of("format", "csv"));
        List<List<String>> rows = CsvRows.parse(csv.getBody(), ';');
        assertEquals(2, rows.size());
        assertTrue(rows.get(1).getFirst().startsWith("Сегменты ещё не рассчитаны"), rows.toString());
    }

    @Test
    void theJsonCarriesTheSummaryCellByCell() throws Exception {
        SegmentsSummary summary = seedAndRunTheJob();
        JsonNode body = Json.readTree(get(Map.of()).getBody());

        assertEquals(summary.asOf().toString(), body.get("asOf").asText());
        assertEquals(25, body.get("grid").size());
        for (int i = 0; i < 25; i++) {
            JsonNode cell = body.get("grid").get(i);
            SegmentsSummary.Cell expected = summary.grid().get(i);
            assertEquals(expected.recency(), cell.get("recency").asInt());
            assertEquals(expected.frequency(), cell.get("frequency").asInt());
            assertEquals(expected.customers(), cell.get("customers").asLong());
            assertEquals(0, expected.revenue().compareTo(cell.get("revenue").decimalValue()));
        }
        for (int i = 0; i < 3; i++) {
            JsonNode total = body.get("abc").get(i);
            assertEquals(summary.abc().get(i).abc().name(), total.get("class").asText());
            assertEquals(summary.abc().get(i).customers(), total.get("customers").asLong());
            assertEquals(0, summary.abc().get(i).revenue().compareTo(total.get("revenue").decimalValue()));
        }
        assertEquals(summary.census().lost(), body.at("/census/lost").asLong());
        assertEquals(summary.census().neverBought(), body.at("/census/neverBought").asLong());
        assertEquals(summary.census().active(), body.at("/census/active").asLong());
        assertEquals(summary.census().sleeping(), body.at("/census/sleeping").asLong());
        assertTrue(!summary.census().bySegment().isEmpty(), "the seed has buyers");
        summary.census().bySegment().forEach((band, customers) ->
                assertEquals(customers, body.at("/census/bySegment").get(band).asLong(), band));
        assertEquals(summary.scoredCustomers(), body.get("scoredCustomers").asLong());
        assertTrue(summary.scoredCustomers() > 0);
    }

    @Test
    void theCsvReadsBackAsTheSummaryInRussianAndInEnglish() {
        SegmentsSummary summary = seedAndRunTheJob();
        for (String lang : List.of("ru", "en")) {
            APIGatewayV2HTTPResponse reply = get(Map.of("format", "csv", "lang", lang));
            assertEquals(200, reply.getStatusCode());
            assertTrue(reply.getBody().startsWith(CsvWriter.BYTE_ORDER_MARK), "BOM for Excel");
            char separator = lang.equals("ru") ? ';' : ',';
            List<List<String>> rows = CsvRows.parse(reply.getBody(), separator);
            assertEquals(1 + 25 + 3, rows.size(), lang);
            for (int i = 0; i < 25; i++) {
                List<String> row = rows.get(1 + i);
                SegmentsSummary.Cell cell = summary.grid().get(i);
                assertEquals(List.of("RF", Integer.toString(cell.recency()), Integer.toString(cell.frequency()), "",
                        Long.toString(cell.customers())), row.subList(0, 5), lang);
                assertEquals(0, cell.revenue().compareTo(decimal(row.get(5), lang)), lang + " " + row);
                assertEquals(lang.equals("ru") ? summary.asOf().format(java.time.format.DateTimeFormatter.ofPattern(
                        "dd.MM.yyyy")) : summary.asOf().toString(), row.get(7),
                        "the day as the language's Excel reads it");
            }
            for (int i = 0; i < 3; i++) {
                List<String> row = rows.get(26 + i);
                SegmentsSummary.ClassTotal total = summary.abc().get(i);
                assertEquals(List.of("ABC", "", "", total.abc().name(), Long.toString(total.customers())),
                        row.subList(0, 5), lang);
                assertEquals(0, total.revenue().compareTo(decimal(row.get(5), lang)), lang + " " + row);
            }
        }
    }

    private static BigDecimal decimal(String cell, String lang) {
        assertTrue(lang.equals("ru") ? !cell.contains(".") : !cell.contains(","), cell);
        return new BigDecimal(cell.replace(',', '.'));
    }

    /** Forty customers: every fifth never bought, some long gone, the rest with 1–4 purchases of varied amounts. */
    private SegmentsSummary seedAndRunTheJob() {
        var store = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");
        LocalDate day = LocalDate.parse("2026-12-05");
        for (int i = 0; i < 40; i++) {
            Customer customer = Customer.firstSeen("C-" + i);
            for (int p = 0; i % 5 != 4 && p <= i % 4; p++) {
                String on = day.minusDays(3L * i + 10L * p) + "T12:00:00+03:00";
                customer = customer.apply(Sales.sale("C-" + i + "-" + p, "C-" + i, on, (150 * (i + 1) + 0.5) + ""),
                        Instant.now(), config.shopZone());
            }
            assertTrue(store.saveIfUnchanged(customer, Instant.now()));
        }
        new SegmentsJobHandler(LocalDynamo.client(), config, Clock.systemUTC(), CapacityMeter.NONE)
                .handleRequest(Map.of("scheduledTime", "2026-12-05T10:30:00+03:00"), null);
        SegmentsSummary summary = new DynamoSegmentsSummary(LocalDynamo.client(), config.chains().chainsTable(),
                CapacityMeter.NONE, "test").find().orElseThrow();
        assertTrue(summary.census().lost() > 0 && summary.census().neverBought() > 0, "every standing is seeded");
        return summary;
    }

    private APIGatewayV2HTTPResponse get(Map<String, String> query) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("GET /v1/reports/segments").withRawPath("/v1/reports/segments")
                .withHeaders(Map.of("authorization", "Bearer " + TOKEN)).withQueryStringParameters(query).build();
        return reports.handleRequest(event, null);
    }
}

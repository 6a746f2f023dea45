package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoTimingStore;
import io.winback.json.Json;
import io.winback.sleep.SleepDayRefresh;
import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.testing.CdnowCards;
import io.winback.testing.CsvRows;
import io.winback.testing.LocalDynamo;
import io.winback.timingjob.TimingJobHandler;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /v1/reports/timing} on what the real timing job left in DynamoDB Local (2,000 CDNOW customers' cards,
 * run for 30 June 1998): what is in force in a sentence, the parameters, the backtest per cutoff and pooled, and
 * every customer's timing a page at a time; with 50 customers the playbook and why, in Russian by default.
 */
class TheOwnerReadsWhichTimingIsInForceAndWhyTest {
    private static final String TOKEN = "timing-report-token-0123456789";
    private static final Instant NOW = Instant.parse("1998-06-30T07:00:00Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS, TOKEN));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ReportsApiHandler reports = new ReportsApiHandler(LocalDynamo.client(), config, clock);
    private final SleepDayRefresh noCardsToRefresh = inForce -> 0;

    @Test
    void theShopsModelIsInForceWithItsBacktestAndEachCustomersTiming() throws Exception {
        CdnowCards.save(config, 2_000, NOW);
        runTheJob();
        TimingReport stored = new DynamoTimingStore(LocalDynamo.client(), config.chains().chainsTable(),
                CapacityMeter.NONE, "test").report().orElseThrow();

        JsonNode body = Json.readTree(get(Map.of("limit", "700")).getBody());

        assertEquals("bgnbd", body.get("inForce").asText());
        String summary = body.get("summary").asText();
        assertTrue(summary.startsWith("Работает модель магазина с 30.06.1998: AUC 0,"), summary);
        assertTrue(summary.contains("у плейбука") && summary.contains("пойманных уходящих"), summary);
        assertEquals(stored.fit().r(), body.at("/fit/r").asDouble());
        assertEquals(12, body.get("backtest").size());
        String dashboard = page("/dashboard", Map.of("from", "1998-06-01", "to", "1998-06-30")).getBody();
        assertTrue(dashboard.contains("<p class=\"timing\">" + summary + "</p>"),
                "the dashboard says the same in one sentence: " + dashboard);
        assertEquals("1997-05-06", body.at("/backtest/0/cutoff").asText());
        assertEquals(stored.total().modelAuc(), body.at("/pooled/aucModel").asDouble());
        assertEquals(stored.total().modelCaught(), body.at("/pooled/caughtModel").asLong());

        int customers = body.get("rows").size();
        String cursor = body.path("nextCursor").asText("");
        assertTrue(!cursor.isEmpty(), "2,000 customers do not fit a page of 700");
        JsonNode row = java.util.stream.StreamSupport.stream(body.get("rows").spliterator(), false)
                .filter(r -> r.get("purchases").asInt() >= 5).findFirst().orElseThrow();
        double pNo = row.get("pNoPurchase90d").asDouble();
        assertTrue(pNo > 0 && pNo < 1 && row.get("pAlive").asDouble() > 0, row.toString());
        assertTrue(row.get("sleepAt").asText().compareTo(row.get("lastPurchase").asText()) > 0, row.toString());
        assertTrue(row.get("expectedNextPurchase").asText().compareTo("1998-06-30") > 0, row.toString());
        while (!cursor.isEmpty()) {
            JsonNode next = Json.readTree(get(Map.of("limit", "700", "cursor", cursor)).getBody());
            customers += next.get("rows").size();
            cursor = next.path("nextCursor").asText("");
        }
        assertEquals(2_000, customers, "every customer, page by page");

        List<List<String>> csv = CsvRows.parse(get(Map.of("format", "csv", "limit", "5000")).getBody(), ';');
        assertEquals(List.of("клиент", "последняя покупка", "покупок", "P(нет покупки за 90 дней)",
                "P(ещё клиент)", "ожидаемая покупка", "засыпает"), csv.get(0));
        assertEquals(2_001, csv.size());
    }

    @Test
    void fiftyCustomersKeepThePlaybookAndTheOwnerIsToldWhyInEitherLanguage() throws Exception {
        CdnowCards.save(config, 50, NOW);
        runTheJob();

        JsonNode ru = Json.readTree(get(Map.of()).getBody());
        JsonNode en = Json.readTree(get(Map.of("lang", "en")).getBody());

        assertEquals("playbook", ru.get("inForce").asText());
        assertEquals("too_few_customers", ru.get("reason").asText());
        long repeat = ru.get("repeatCustomers").asLong();
        assertEquals("Пока плейбук: мало клиентов с повторной покупкой (" + repeat + " из нужных 300)",
                ru.get("summary").asText());
        assertEquals("The playbook for now: too few customers with a repeat purchase (" + repeat
                + " of the 300 needed)", en.get("summary").asText());
        assertTrue(ru.path("fit").isMissingNode(), "no fit below the minimum");
        JsonNode row = ru.at("/rows/0");
        assertTrue(row.path("pNoPurchase90d").isMissingNode(), row.toString());
        assertTrue(row.get("sleepAt").asText().compareTo(row.get("lastPurchase").asText()) > 0, row.toString());
    }

    @Test
    void beforeTheJobFirstRanThePlaybookIsInForceAndTheReportSaysSo() throws Exception {
        JsonNode body = Json.readTree(get(Map.of()).getBody());

        assertEquals("playbook", body.get("inForce").asText());
        assertEquals("not_fitted", body.get("reason").asText());
        assertTrue(body.get("summary").asText().startsWith("Пока плейбук: модель ещё не обучалась"), body.toString());
        assertTrue(page("/dashboard", Map.of()).getBody().contains("<p class=\"timing\">Пока плейбук: модель ещё не"
                + " обучалась"), "the dashboard says which timing wakes customers");
        assertTrue(body.path("pooled").isMissingNode(), body.toString());
    }

    private void runTheJob() {
        new TimingJobHandler(LocalDynamo.client(), config, clock, CapacityMeter.NONE, noCardsToRefresh)
                .handleRequest(Map.of("scheduledTime", "1998-06-30T10:00:00+03:00"), null);
    }

    private APIGatewayV2HTTPResponse get(Map<String, String> query) {
        return page("/v1/reports/timing", query);
    }

    private APIGatewayV2HTTPResponse page(String path, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("GET " + path).withRawPath(path)
                .withHeaders(Map.of("authorization", "Bearer " + TOKEN)).withQueryStringParameters(new HashMap<>(query))
                .build();
        return reports.handleRequest(event, null);
    }
}

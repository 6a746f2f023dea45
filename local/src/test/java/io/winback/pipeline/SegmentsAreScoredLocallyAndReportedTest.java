package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import static io.winback.pipeline.WinbackClient.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The local system as a shop owner tries it: sales through the webhook, the segments job run through its local
 * schedule endpoint (which first lets the stats catch up), the report and the customer card over HTTP.
 */
class SegmentsAreScoredLocallyAndReportedTest {
    private final LocalSystem system;

    SegmentsAreScoredLocallyAndReportedTest() throws Exception {
        WinbackConfig config = WinbackConfig.from(ScenarioSettings.freshTables(getClass()));
        system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config, Clock.systemUTC(),
                CapacityMeter.NONE, 0);
    }

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void theScheduleEndpointScoresTheSalesJustPostedAndTheReportShowsThem() throws Exception {
        WinbackClient client = new WinbackClient(system.baseUrl());
        assertEquals(0, client.getAuthorized("/v1/reports/segments").body().get("grid").size(), "not run yet");
        // Past days: the webhook refuses sales from the future.
        WinbackClient.Answer posted = client.postSales(sale("s-1", "C-1", "2026-11-20T12:00:00+03:00", "900.00"),
                sale("s-2", "C-1", "2026-11-22T12:00:00+03:00", "300.00"),
                sale("s-3", "C-2", "2026-11-10T12:00:00+03:00", "100.00"));
        assertEquals(200, posted.status(), posted.body().toString());

        HttpResponse<String> run = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        system.baseUrl().resolve("/local/schedule/segments-job"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"time\":\"2026-11-24T10:30:00+03:00\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, run.statusCode(), run.body());
        assertEquals(2, Json.readTree(run.body()).get("scoresWritten").asInt(), run.body());
        JsonNode report = client.getAuthorized("/v1/reports/segments").body();
        assertEquals("2026-11-24", report.get("asOf").asText());
        assertEquals(2, report.get("scoredCustomers").asInt());
        assertEquals(2, report.at("/census/active").asInt());
        // C-1 (2 days before, 2 purchases, 1,200 ₽) outranks C-2 on every count, with one of two customers below:
        // 1 + ⌊5 × 1/2⌋ = 3 each, class A (C-1 alone makes 92 % of revenue); C-2 scores 1 on each, class B.
        assertEquals("333", client.customer("C-1").body().at("/rfm/score").asText());
        assertEquals("A", client.customer("C-1").body().at("/rfm/abc").asText());
        assertEquals("111", client.customer("C-2").body().at("/rfm/score").asText());
        assertEquals("B", client.customer("C-2").body().at("/rfm/abc").asText());
        // The grid runs R 5 to 1, F 1 to 5 within each: R3 F3 is row 3, column 3.
        JsonNode cell = report.get("grid").get(2 * 5 + 2);
        assertEquals(3, cell.get("recency").asInt());
        assertEquals(3, cell.get("frequency").asInt());
        assertEquals(1, cell.get("customers").asInt());
        assertEquals("1200.00", cell.get("revenue").decimalValue().setScale(2).toPlainString());
    }
}

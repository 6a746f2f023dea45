package io.winback.pipeline;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.local.LocalSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static io.winback.pipeline.WinbackClient.refund;
import static io.winback.pipeline.WinbackClient.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline, webhook → Sales table → stream → customer stats → API, over real HTTP, on whatever DynamoDB
 * the subclass provides. Each test gets its own tables.
 */
abstract class PipelineScenarios {
    private final List<LocalSystem> started = new ArrayList<>();

    abstract Backend backend();

    @AfterEach
    void stop() {
        started.forEach(LocalSystem::close);
    }

    WinbackConfig freshConfig() {
        return WinbackConfig.from(ScenarioSettings.freshTables(getClass()));
    }

    LocalSystem start(WinbackConfig config, UnaryOperator<RequestHandler<DynamodbEvent, StreamsEventResponse>> wrap) {
        try {
            LocalSystem system = new LocalSystem(backend().dynamo(), backend().streams(), config, Clock.systemUTC(),
                    CapacityMeter.NONE, 0, wrap);
            started.add(system);
            return system;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void drain(LocalSystem system) {
        try {
            system.drain(Duration.ofSeconds(60));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void salesPostedToTheWebhookBecomeCustomerStats() {
        LocalSystem system = start(freshConfig(), UnaryOperator.identity());
        WinbackClient client = new WinbackClient(system.baseUrl());

        WinbackClient.Answer posted = client.postSales(
                sale("p-1", "C-1", "2025-06-01T12:00:00+03:00", "1000.00"),
                sale("p-2", "C-1", "2025-06-11T12:00:00+03:00", "500.00"));
        drain(system);

        assertEquals(200, posted.status());
        JsonNode customer = client.customer("C-1").body();
        assertEquals(2, customer.at("/stats/purchases").asInt());
        assertEquals("1500.00", customer.at("/stats/netSpent").decimalValue().toPlainString());
        assertEquals("750.00", customer.at("/stats/averageCheck").decimalValue().toPlainString());
        assertEquals("10.0", customer.at("/stats/medianIntervalDays").decimalValue().toPlainString());
        assertEquals("2-3", customer.get("segment").asText());
        assertEquals("2025-08-30", customer.get("sleepAt").asText(), "2025-06-11 + 80 days");
        assertTrue(system.failedStreamRecords().isEmpty(), "nothing went to the failure destination");
    }

    @Test
    void retriedRequestsAndConflictsNeverCountTwice() {
        LocalSystem system = start(freshConfig(), UnaryOperator.identity());
        WinbackClient client = new WinbackClient(system.baseUrl());
        String first = sale("d-1", "C-2", "2025-06-01T12:00:00+03:00", "100.00");

        client.postSales(first);
        WinbackClient.Answer retry = client.postSales(first);
        WinbackClient.Answer changed = client.postSales(sale("d-1", "C-2", "2025-06-01T12:00:00+03:00", "999.00"));
        drain(system);

        assertEquals("duplicate", retry.body().at("/results/0/status").asText());
        assertEquals("conflict", changed.body().at("/results/0/status").asText());
        JsonNode customer = client.customer("C-2").body();
        assertEquals(1, customer.at("/stats/purchases").asInt());
        assertEquals("100.00", customer.at("/stats/netSpent").decimalValue().toPlainString());
    }

    @Test
    void salesArrivingOutOfOrderAndReturnsGiveExactStats() {
        LocalSystem system = start(freshConfig(), UnaryOperator.identity());
        WinbackClient client = new WinbackClient(system.baseUrl());

        // An offline till sends yesterday's and last month's receipts after today's; a return comes in between.
        client.postSales(sale("o-3", "C-3", "2025-06-20T12:00:00+03:00", "300.00"));
        drain(system);
        client.postSales(refund("o-r", "C-3", "2025-06-21T12:00:00+03:00", "50.00"));
        drain(system);
        client.postSales(sale("o-1", "C-3", "2025-05-01T12:00:00+03:00", "100.00"),
                sale("o-2", "C-3", "2025-06-19T23:30:00+03:00", "200.00"));
        drain(system);

        JsonNode stats = client.customer("C-3").body().get("stats");
        assertEquals(3, stats.get("purchases").asInt());
        assertEquals(1, stats.get("returns").asInt());
        assertEquals("550.00", stats.get("netSpent").decimalValue().toPlainString());
        assertEquals("183.33", stats.get("averageCheck").decimalValue().toPlainString());
        assertEquals("2025-05-01T09:00:00Z", stats.get("firstPurchaseAt").asText());
        assertEquals("2025-06-20T09:00:00Z", stats.get("lastPurchaseAt").asText());
        assertEquals(3, stats.get("visitDays").asInt());
        assertEquals("25.00", stats.get("meanIntervalDays").decimalValue().toPlainString());
        assertEquals("25.0", stats.get("medianIntervalDays").decimalValue().toPlainString(), "gaps 49 and 1");
        assertEquals("2025-09-08", client.customer("C-3").body().get("sleepAt").asText());
    }

    @Test
    void redeliveredStreamBatchesChangeNothing() {
        // A handler that applies each batch and then claims it failed, twice, so the poller redelivers it, just as
        // Lambda does after a timeout that struck once the writes were done.
        AtomicInteger redeliveries = new AtomicInteger();
        LocalSystem system = start(freshConfig(), real -> (event, context) -> {
            StreamsEventResponse response = real.handleRequest(event, context);
            if (redeliveries.getAndIncrement() < 2) {
                String first = event.getRecords().getFirst().getDynamodb().getSequenceNumber();
                return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(first)));
            }
            return response;
        });
        WinbackClient client = new WinbackClient(system.baseUrl());

        client.postSales(sale("r-1", "C-4", "2025-06-01T12:00:00+03:00", "10.00"),
                sale("r-2", "C-4", "2025-06-02T12:00:00+03:00", "20.00"));
        drain(system);

        assertTrue(redeliveries.get() >= 3, "the batch was delivered again");
        JsonNode stats = client.customer("C-4").body().get("stats");
        assertEquals(2, stats.get("purchases").asInt());
        assertEquals("30.00", stats.get("netSpent").decimalValue().toPlainString());
    }

    @Test
    void twoConsumersOfTheStreamAtOnceLoseAndDoubleNothing() {
        // Two event source mappings on one stream: every record reaches the stats twice, concurrently. A harsher
        // test than two shards touching one customer, which it includes.
        WinbackConfig config = freshConfig();
        LocalSystem first = start(config, UnaryOperator.identity());
        LocalSystem second = start(config, UnaryOperator.identity());
        WinbackClient client = new WinbackClient(first.baseUrl());
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String day = java.time.LocalDate.parse("2025-01-01").plusDays(i).toString();
            sales.add(sale("c-" + i, "C-" + (i % 3), day + "T12:00:00+03:00", "1.50"));
        }

        for (int from = 0; from < sales.size(); from += 20) {
            assertEquals(200, client.postSales(sales.subList(from, from + 20).toArray(String[]::new)).status());
        }
        drain(first);
        drain(second);

        for (int c = 0; c < 3; c++) {
            JsonNode stats = client.customer("C-" + c).body().get("stats");
            assertEquals(20, stats.get("purchases").asInt(), "C-" + c);
            assertEquals("30.00", stats.get("netSpent").decimalValue().toPlainString(), "C-" + c);
            assertEquals(20, stats.get("visitDays").asInt(), "C-" + c);
        }
    }

    @Test
    void historyIsPagedNewestFirstAndPatchedProfileIsKept() {
        LocalSystem system = start(freshConfig(), UnaryOperator.identity());
        WinbackClient client = new WinbackClient(system.baseUrl());
        client.postSales(sale("h-1", "+79161234567", "2025-06-01T12:00:00+03:00", "1.00").replace("\"id\":\"+79161234567\"", "\"phone\":\"8 916 123-45-67\""),
                sale("h-2", "+79161234567", "2025-06-03T12:00:00+03:00", "2.00").replace("\"id\":\"+79161234567\"", "\"phone\":\"+79161234567\""),
                sale("h-3", "+79161234567", "2025-06-02T12:00:00+03:00", "3.00").replace("\"id\":\"+79161234567\"", "\"phone\":\"+7 916 123 45 67\""));
        drain(system);

        WinbackClient.Answer page1 = client.history("+79161234567", "limit=2");
        WinbackClient.Answer page2 = client.history("+79161234567", "limit=2&cursor=" + page1.body().get("nextCursor").asText());
        WinbackClient.Answer patched = client.patch("+79161234567",
                "{\"status\":\"control\",\"properties\":{\"loyaltyLevel\":{\"type\":\"number\",\"value\":3}}}");
        WinbackClient.Answer wrongType = client.patch("+79161234567",
                "{\"properties\":{\"loyaltyLevel\":{\"type\":\"number\",\"value\":\"three\"}}}");

        assertEquals(List.of("h-2", "h-3"), saleIds(page1.body()));
        assertEquals(List.of("h-1"), saleIds(page2.body()));
        assertNull(page2.body().get("nextCursor"));
        assertEquals("control", patched.body().get("status").asText());
        assertEquals(3, patched.body().at("/properties/loyaltyLevel/value").asInt());
        assertEquals(400, wrongType.status());
        assertEquals("properties.loyaltyLevel.value", wrongType.body().at("/errors/0/field").asText());
        JsonNode after = client.customer("+79161234567").body();
        assertEquals("control", after.get("status").asText());
        assertEquals(3, after.at("/stats/purchases").asInt());
        assertFalse(after.at("/properties/loyaltyLevel/value").isMissingNode());
    }

    @Test
    void localEndpointsAnswer() {
        LocalSystem system = start(freshConfig(), UnaryOperator.identity());
        WinbackClient client = new WinbackClient(system.baseUrl());

        assertEquals("ok", client.get("/health").body().get("status").asText());
        assertEquals(404, client.get("/v1/nowhere").status());
        assertEquals(401, client.get("/v1/customers/C-1").status(), "no bearer token");
        assertEquals(404, client.customer("C-1").status());
    }

    private static List<String> saleIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("sales").forEach(s -> ids.add(s.get("saleId").asText()));
        return ids;
    }
}

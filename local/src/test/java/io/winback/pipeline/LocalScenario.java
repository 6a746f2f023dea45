package io.winback.pipeline;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The local system of one scenario: its own tables on DynamoDB Local, the clock pinned at {@code now}, and the steps a
 * shop takes through the API (sales posted, a segment defined, the local work queue drained).
 */
final class LocalScenario implements AutoCloseable {
    final ManualClock clock;
    final LocalSystem system;
    final WinbackClient client;

    LocalScenario(Class<?> test, OffsetDateTime now) throws Exception {
        clock = new ManualClock(now.toInstant());
        WinbackConfig config = WinbackConfig.from(ScenarioSettings.freshTables(test));
        system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config, clock, CapacityMeter.NONE, 0);
        client = new WinbackClient(system.baseUrl());
    }

    /** Sales signed at the clock's moment, each accepted. */
    void post(String... sales) {
        WinbackClient.Answer posted = client.postSalesSignedAt(clock.instant().getEpochSecond(), sales);
        assertEquals(200, posted.status(), String.valueOf(posted.body()));
    }

    /** {@code POST /v1/segments}: created. */
    void define(String segment) {
        WinbackClient.Answer created = client.call("POST", "/v1/segments", segment.getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(201, created.status(), String.valueOf(created.body()));
    }

    /** Delivers what waits on the local work queue (a segment's fill). */
    void drain() throws Exception {
        HttpResponse<String> drained = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        system.baseUrl().resolve("/local/drain")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, drained.statusCode(), drained.body());
    }

    @Override
    public void close() {
        system.close();
    }
}

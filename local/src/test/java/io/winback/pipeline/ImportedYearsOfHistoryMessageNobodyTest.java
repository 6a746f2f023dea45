package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.local.CdnowReference;
import io.winback.local.HistoryImporter;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real CDNOW purchases of 1997-98 imported, then the daily check of today: every one of those customers fell asleep
 * long before the catch-up window, so each is marked lost, nobody is messaged, and the next run reads nothing.
 */
class ImportedYearsOfHistoryMessageNobodyTest {

    @Test
    void customersWhoLeftIn1998AreLostNotMessaged(@TempDir Path tmp) throws Exception {
        Path sample = tmp.resolve("cdnow-sample.txt");
        CdnowReference.sample(CdnowData.master(), sample, 40);
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, WinbackClient.SECRET,
                WinbackConfig.API_TOKENS, WinbackClient.TOKEN, WinbackConfig.EMAIL_FROM, "shop@winback.example",
                WinbackConfig.UNSUBSCRIBE_SECRETS, "history-unsubscribe-secret"));
        var expected = CdnowReference.compute(sample, config.shopZone());
        int customers = expected.size();
        String someone = expected.keySet().iterator().next();

        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            new HistoryImporter(new HistoryImporter.Options(system.baseUrl(), WinbackClient.SECRET, 100, null, null,
                    null, config.shopZone(), 4, null)).run(sample);

            JsonNode first = tick(system, "2026-11-24T10:00:00+03:00");
            assertEquals(customers, first.get("sleepersQueued").asInt());
            assertEquals(0, first.get("messagesSent").asInt());
            assertEquals(0, first.get("workItemsFailed").asInt());
            assertTrue(system.outbox().messages().isEmpty());
            WinbackClient client = new WinbackClient(system.baseUrl());
            JsonNode first1998 = client.customer(someone).body();
            assertEquals("lost", first1998.at("/sleepDecision/outcome").asText());
            assertEquals(first1998.get("sleepAt").asText(), first1998.at("/sleepDecision/sleepDay").asText());

            JsonNode next = tick(system, "2026-11-25T10:00:00+03:00");
            assertEquals(0, next.get("sleepersQueued").asInt(), "decided customers left the sleep index");
            assertEquals(0, next.get("dueEpisodesQueued").asInt());
        }
    }

    private static JsonNode tick(LocalSystem system, String time) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        system.baseUrl().resolve("/local/schedule/sleeping-check"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"time\":\"" + time + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return io.winback.json.Json.readTree(response.body());
    }
}

package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.tasks.CallTask;
import io.winback.testing.HttpApiEvents;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.NOW;
import static io.winback.chainsapi.ChainsApiFixture.TOKEN;
import static io.winback.chainsapi.ChainsApiFixture.bonusStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static io.winback.chainsapi.ChainsApiFixture.openTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A marketer's tool saves the chains in Windows-1251 (the Russian SMS would go out as «????»), or a script appends
 * a stray word after the JSON; a manager's call outcome likewise. Both are refused and nothing is stored.
 */
class BodiesThatAreNotOneUtf8JsonDocumentAreRefusedTest {
    private static final String TASK = "C-1/fell-asleep@2026-12-05#2";
    private static final String CHAINS = oneStep("{\"averageCheck\": 2000, \"margin\": 0.4, \"share\": 0.5}",
            bonusStep("100"));
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void chainsInWindows1251AreRefused() {
        byte[] cp1251 = CHAINS.getBytes(Charset.forName("windows-1251"));

        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(HttpApiEvents.withRawBody(
                ChainsApiFixture.event("PUT", Routes.CHAINS, null, "Bearer " + TOKEN), cp1251), null);

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertTrue(errors(response).getFirst().startsWith("body: must be UTF-8 text"), response.getBody());
        assertEquals(List.of(), fixture.storedVersions());
    }

    @Test
    void chainsWithTextAfterTheJsonAreRefused() {
        APIGatewayV2HTTPResponse response = fixture.put(CHAINS + "\n}");

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertTrue(errors(response).getFirst().startsWith("body: malformed JSON"), response.getBody());
        assertEquals(List.of(), fixture.storedVersions());
    }

    @Test
    void aCallOutcomeInWindows1251OrWithTextAfterItIsRefusedAndTheTaskStaysOpen() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", NOW.plusSeconds(86_400)));
        byte[] cp1251 = "{\"outcome\": \"reached\", \"comment\": \"Придёт в субботу\"}"
                .getBytes(Charset.forName("windows-1251"));
        var event = fixture.closeTaskEvent(TASK, null);

        APIGatewayV2HTTPResponse notText = fixture.handler.handleRequest(HttpApiEvents.withRawBody(event, cp1251), null);
        APIGatewayV2HTTPResponse trailing = fixture.closeTask(TASK, "{\"outcome\": \"reached\"} ok");

        assertEquals(400, notText.getStatusCode(), notText.getBody());
        assertTrue(errors(notText).getFirst().startsWith("body: must be UTF-8 text"), notText.getBody());
        assertEquals(400, trailing.getStatusCode(), trailing.getBody());
        assertTrue(errors(trailing).getFirst().startsWith("body: malformed JSON"), trailing.getBody());
        assertEquals(CallTask.OPEN, fixture.tasks.task(TASK).orElseThrow().status());
    }
}

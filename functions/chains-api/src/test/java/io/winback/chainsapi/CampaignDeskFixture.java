package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.chain.WorkQueue;
import io.winback.config.WinbackConfig;
import io.winback.testing.HttpApiEvents;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chains API on fresh tables for campaign requests, its queued work (segment fills) dropped. */
final class CampaignDeskFixture {
    static final String TOKEN = "campaign-token";
    final ChainsApiHandler handler;

    CampaignDeskFixture() {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS, TOKEN));
        WorkQueue dropped = items -> { };
        handler = new ChainsApiHandler(LocalDynamo.client(), config,
                new ManualClock(Instant.parse("2026-12-05T07:00:00Z")), dropped);
    }

    /** A request unrouted ({@code $default}), as the local runner sends it: the path decides. */
    APIGatewayV2HTTPResponse call(String method, String path, String body) {
        return handler.handleRequest(HttpApiEvents.request(method, "$default", path, null, body, "Bearer " + TOKEN),
                null);
    }

    void staticSegment(String id) {
        var reply = call("POST", "/v1/segments", "{\"id\":\"" + id + "\",\"name\":\"Список\",\"type\":\"static\"}");
        assertEquals(201, reply.getStatusCode(), reply.getBody());
    }

    static String campaign(String id, String segment) {
        return """
                {"id": "%s", "name": "Кофе", "segment": "%s", "at": "2026-12-10T11:00:00+03:00",
                 "steps": [{"offsetDays": 0, "channels": ["sms"], "messages": {"sms": {"ru": {"text": "{name}, ждём"}}}}]}"""
                .formatted(id, segment);
    }
}

package io.winback.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.security.WebhookSignature;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local HTTP stand-in's own answers: errors as {"errors":[…]}, and a drain that reports what it waited for. */
class TheLocalStandInAnswersErrorsInTheOneShapeTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalSystem system;

    @BeforeEach
    void start() throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, "s",
                WinbackConfig.API_TOKENS, "t"));
        system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config, Clock.systemUTC(),
                CapacityMeter.NONE, 0);
    }

    @AfterEach
    void stop() {
        system.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(system.baseUrl().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && path.equals("/v1/sales")) {
            request.header(WebhookSignature.HEADER, WebhookSignature.sign("s", System.currentTimeMillis() / 1000,
                    body.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownRouteIsA404InTheOneErrorShapeListingTheRoutes() throws Exception {
        HttpResponse<String> response = send("GET", "/v1/customer/C-1", null);

        assertEquals(404, response.statusCode());
        JsonNode error = Json.readTree(response.body()).at("/errors/0");
        assertEquals("path", error.path("field").asText());
        assertTrue(error.path("message").asText().contains("GET /v1/customers/{customerId}"), response.body());
    }

    @Test
    void aWrongMethodIsA405NamingTheAllowedMethodsInItsAllowHeader() throws Exception {
        HttpResponse<String> response = send("PUT", "/v1/customers/C-1", null);

        assertEquals(405, response.statusCode());
        assertEquals("DELETE, GET, PATCH", response.headers().firstValue("allow").orElse(""));
        assertEquals("method", Json.readTree(response.body()).at("/errors/0/field").asText(), response.body());

        HttpResponse<String> drainByGet = send("GET", "/local/drain", null);
        assertEquals(405, drainByGet.statusCode());
        assertEquals("POST", drainByGet.headers().firstValue("allow").orElse(""));
    }

    @Test
    void drainSaysWhatThisCallWaitedForNotATotalSinceStart() throws Exception {
        String sale = "{\"saleId\":\"d-1\",\"storeId\":\"s\",\"occurredAt\":\"2025-03-01T10:00:00+03:00\","
                + "\"customer\":{\"id\":\"C-1\"},\"total\":10}";
        assertEquals(200, send("POST", "/v1/sales", sale).statusCode());

        JsonNode first = Json.readTree(send("POST", "/local/drain", "").body());
        JsonNode second = Json.readTree(send("POST", "/local/drain", "").body());

        // The poller runs on its own too: it may have applied the sale before the first drain asked (then 0).
        assertTrue(first.path("streamRecordsProcessed").asLong() <= 1, first.toString());
        assertEquals(0, second.path("streamRecordsProcessed").asLong(), "nothing new to wait for: " + second);
        assertTrue(second.path("waitedFor").asText().contains("before this call"), second.toString());
        assertTrue(second.has("waitedMs"));
        assertEquals(200, send("POST", "/v1/sales", sale.replace("d-1", "d-2")).statusCode());
        JsonNode third = Json.readTree(send("POST", "/local/drain", "").body());
        assertTrue(third.path("streamRecordsProcessed").asLong() <= 1, "this call's record at most, not a total of two: "
                + third);
    }
}

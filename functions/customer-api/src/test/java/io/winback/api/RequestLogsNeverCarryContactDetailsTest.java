package io.winback.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Channel;
import io.winback.domain.SaleCustomer;
import io.winback.json.Json;
import io.winback.log.JsonLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.winback.api.CustomerApiFixture.PHONE;
import static io.winback.api.CustomerApiFixture.TOKEN;
import static io.winback.api.CustomerApiFixture.purchase;
import static io.winback.api.CustomerApiFixture.unrouted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLogsNeverCarryContactDetailsTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final CustomerApiFixture fixture = new CustomerApiFixture();

    @AfterEach
    void restoreTheLog() {
        JsonLog.redirect(System.out);
    }

    @Test
    void eachRequestLogsOneLineWithRouteStatusLatencyAndAMaskedKey() throws Exception {
        fixture.seed(PHONE, purchase("p-1", new SaleCustomer(null, PHONE, "anna@example.com", null, "Anna", null,
                null, null, null), "2025-10-01T12:00:00+03:00", "100.00"));
        JsonLog.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));

        fixture.get(PHONE);
        fixture.sales(PHONE, null);
        fixture.patch(PHONE, "{\"name\":\"Anna Secret\",\"properties\":{\"mail\":{\"type\":\"string\",\"value\":\"anna@example.com\"}}}");
        fixture.patch(PHONE, "{\"properties\":{\"x\":{\"type\":\"number\",\"value\":\"79161234567\"}}}");
        fixture.call("GET", Routes.CUSTOMER, "anna@example.com", null, null, "wrong-token-value");
        fixture.handler.handleRequest(unrouted("GET", "/v1/people/%2B79161234567", null, null, TOKEN), null);
        fixture.handler.handleRequest(unrouted("PUT", "/v1/customers/%2B79161234567", null, null, TOKEN), null);

        String log = captured.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : log.strip().split("\n")) {
            lines.add(Json.readTree(line));
        }
        assertEquals(7, lines.size(), log);
        List<Integer> statuses = new ArrayList<>();
        for (JsonNode line : lines) {
            assertEquals("api_request", line.get("event").asText());
            assertTrue(line.get("route").isTextual());
            assertTrue(line.get("latencyMs").isNumber());
            statuses.add(line.get("status").asInt());
        }
        assertEquals(List.of(200, 200, 200, 400, 401, 404, 405), statuses);
        assertEquals("GET /v1/customers/{customerId}", lines.get(0).get("route").asText());
        assertEquals("***67", lines.get(0).get("customer").asText());
        assertEquals("***om", lines.get(4).get("customer").asText());
        for (String secret : List.of("79161234567", "anna@", "Anna Secret", "wrong-token-value", TOKEN, "/v1/people")) {
            assertFalse(log.contains(secret), "the log holds " + secret + ":\n" + log);
        }
    }

    @Test
    void anUnsubscribeLinkLogsItsRouteAndTheMaskedCustomerItNamesNeverTheToken() throws Exception {
        fixture.seed(PHONE, purchase("p-1", new SaleCustomer(null, PHONE, "anna@example.com", null, "Anna", null,
                null, null, null), "2025-10-01T12:00:00+03:00", "100.00"));
        String token = fixture.linkToken(PHONE, Channel.SMS);
        String forged = fixture.linkToken("anna@example.com", Channel.EMAIL).replace('.', 'x') + ".AAAA";
        JsonLog.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));

        fixture.followLink("GET", token, null, null);
        fixture.followLink("POST", token, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        fixture.followLink("POST", forged, null, null);

        String log = captured.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : log.strip().split("\n")) {
            lines.add(Json.readTree(line));
        }
        assertEquals(3, lines.size(), log);
        assertEquals("GET /v1/unsubscribe", lines.get(0).get("route").asText());
        assertEquals("POST /v1/unsubscribe", lines.get(1).get("route").asText());
        assertEquals(List.of(200, 200, 400), lines.stream().map(line -> line.get("status").asInt()).toList());
        assertEquals("***67", lines.get(0).get("customer").asText());
        assertEquals("***67", lines.get(1).get("customer").asText());
        assertFalse(lines.get(2).hasNonNull("customer"), "a forged link names nobody: " + log);
        for (String secret : List.of(token, token.substring(token.indexOf('.') + 1), forged, "79161234567", "anna@",
                "One-Click")) {
            assertFalse(log.contains(secret), "the log holds " + secret + ":\n" + log);
        }
    }
}

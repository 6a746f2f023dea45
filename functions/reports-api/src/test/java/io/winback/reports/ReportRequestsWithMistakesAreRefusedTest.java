package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportRequestsWithMistakesAreRefusedTest {
    private static final ReportsFixture SHOP = new ReportsFixture();

    private static List<String> fields(APIGatewayV2HTTPResponse response) throws Exception {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : Json.readTree(response.getBody()).get("errors")) {
            fields.add(error.get("field").asText());
        }
        return fields;
    }

    @Test
    void everyProblemOfTheQueryIsNamedAtOnce() throws Exception {
        APIGatewayV2HTTPResponse response = SHOP.get("/v1/reports/metrics", Map.of("to", "31.10.2026",
                "format", "pdf", "lang", "de", "spend", "-5"));
        assertEquals(400, response.getStatusCode());
        assertEquals(List.of("format", "lang", "from", "to", "spend"), fields(response));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() throws Exception {
        APIGatewayV2HTTPResponse response = SHOP.get("/v1/reports/metrics", Map.of("from", "2026-10-31",
                "to", "2026-10-01"));
        assertEquals(400, response.getStatusCode());
        assertEquals(List.of("to"), fields(response));
    }

    @Test
    void aWrongTokenIsSaidToBeNotAcceptedAndAMissingOneMissing() throws Exception {
        Map<String, String> query = Map.of("from", "2026-10-01", "to", "2026-10-31");
        APIGatewayV2HTTPResponse wrong = SHOP.call("GET", "/v1/reports/metrics", query, "Bearer nope");
        assertEquals(401, wrong.getStatusCode());
        assertTrue(wrong.getBody().contains("not accepted"), wrong.getBody());
        APIGatewayV2HTTPResponse missing = SHOP.call("GET", "/v1/reports/metrics", query, null);
        assertTrue(missing.getBody().contains("missing"), missing.getBody());
    }

    @Test
    void aReportTakesOnlyABearerTokenNotABrowsersBasicLogin() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("owner:" + ReportsFixture.TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        APIGatewayV2HTTPResponse response = SHOP.call("GET", "/v1/reports/metrics",
                Map.of("from", "2026-10-01", "to", "2026-10-31"), basic);
        assertEquals(401, response.getStatusCode());
    }

    @Test
    void aWrongPathWithoutATokenIsAWrongPathNotAMissingToken() throws Exception {
        // What API Gateway's $default route sends: a till calling GET /v1/sales has a webhook secret, no API token.
        APIGatewayV2HTTPResponse wrongMethod = SHOP.call("GET", "/v1/sales", Map.of(), null);
        assertEquals(405, wrongMethod.getStatusCode(), wrongMethod.getBody());
        assertEquals("POST", wrongMethod.getHeaders().get("allow"));
        APIGatewayV2HTTPResponse unknown = SHOP.call("GET", "/v2/nothing", Map.of(), null);
        assertEquals(404, unknown.getStatusCode());
        assertEquals(List.of("path"), fields(unknown));
    }

    @Test
    void anUnknownReportAndAWrongMethodAnswerInTheOneErrorShape() throws Exception {
        APIGatewayV2HTTPResponse unknown = SHOP.get("/v1/reports/nothing", Map.of());
        assertEquals(404, unknown.getStatusCode());
        assertEquals(List.of("path"), fields(unknown));
        APIGatewayV2HTTPResponse post = SHOP.call("POST", "/v1/reports/metrics", Map.of(),
                "Bearer " + ReportsFixture.TOKEN);
        assertEquals(405, post.getStatusCode());
        assertEquals("GET", post.getHeaders().get("allow"));
        assertEquals(List.of("method"), fields(post));
    }
}

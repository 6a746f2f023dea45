package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.winback.api.CustomerApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MarketerReadsCustomerProfileAndStatsTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @ParameterizedTest
    @Event(value = "../../events/customer-api-get.json", type = APIGatewayV2HTTPEvent.class)
    void customerShowsProfileConsentStatsSegmentAndSleepDay(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode customer = json(response);
        assertEquals("C-1001", customer.get("customerId").asText());
        assertEquals("active", customer.get("status").asText());
        assertEquals("2-3", customer.get("segment").asText());
        assertEquals("2025-12-20", customer.get("sleepAt").asText(), "last visit 2025-10-01 + 80 days");
        assertEquals("+79161234567", customer.at("/profile/phone").asText());
        assertEquals(true, customer.at("/consent/sms").asBoolean());
        JsonNode stats = customer.get("stats");
        assertEquals(3, stats.get("purchases").asInt());
        assertEquals("1800.00", stats.get("netSpent").decimalValue().toPlainString());
        assertEquals("600.00", stats.get("averageCheck").decimalValue().toPlainString());
        assertEquals("15.00", stats.get("meanIntervalDays").decimalValue().toPlainString());
        assertEquals("15.0", stats.get("medianIntervalDays").decimalValue().toPlainString());
        assertEquals("2025-09-01T09:00:00Z", stats.get("firstPurchaseAt").asText());
    }

    @ParameterizedTest
    @Event(value = "../../events/customer-api-sales.json", type = APIGatewayV2HTTPEvent.class)
    void historyComesNewestFirstOnePageAtATime(APIGatewayV2HTTPEvent event) {
        JsonNode first = json(fixture.handler.handleRequest(event, null));
        event.setQueryStringParameters(Map.of("limit", "1", "cursor", first.get("nextCursor").asText()));
        JsonNode second = json(fixture.handler.handleRequest(event, null));
        event.setQueryStringParameters(Map.of("limit", "5", "cursor", second.get("nextCursor").asText()));
        JsonNode rest = json(fixture.handler.handleRequest(event, null));

        List<String> ids = new ArrayList<>();
        for (JsonNode page : List.of(first, second, rest)) {
            page.get("sales").forEach(s -> ids.add(s.get("saleId").asText()));
        }
        assertEquals(List.of("s-3", "s-2", "s-1"), ids);
        assertNull(rest.get("nextCursor"));
        assertEquals("300.00", first.at("/sales/0/total").decimalValue().toPlainString());
    }

    @Test
    void badLimitOrForeignCursorIs400() {
        assertEquals(400, fixture.call("GET", "/v1/customers/{customerId}/sales", "C-1001", Map.of("limit", "0"), null, "test-api-token").getStatusCode());
        assertEquals(400, fixture.call("GET", "/v1/customers/{customerId}/sales", "C-1001", Map.of("limit", "x"), null, "test-api-token").getStatusCode());
        APIGatewayV2HTTPResponse badCursor = fixture.call("GET", "/v1/customers/{customerId}/sales", "C-1001",
                Map.of("cursor", "bm90LWEtY3Vyc29y"), null, "test-api-token");
        assertEquals(400, badCursor.getStatusCode());
        assertEquals("cursor", json(badCursor).at("/errors/0/field").asText());
    }

    @Test
    void withoutTheRightTokenNothingIsShown() {
        assertEquals(401, fixture.call("GET", "/v1/customers/{customerId}", "C-1001", null, null, null).getStatusCode());
        assertEquals(401, fixture.call("GET", "/v1/customers/{customerId}", "C-1001", null, null, "guess").getStatusCode());
        assertEquals(200, fixture.call("GET", "/v1/customers/{customerId}", "C-1001", null, null, "old-token").getStatusCode(),
                "both tokens work during a rotation");
    }

    @Test
    void unknownCustomerIs404AndUnknownMethodIs405() {
        assertEquals(404, fixture.call("GET", "/v1/customers/{customerId}", "nobody", null, null, "test-api-token").getStatusCode());
        assertEquals(404, fixture.call("GET", "/v1/customers/{customerId}/sales", "nobody", null, null, "test-api-token").getStatusCode());
        assertEquals(405, fixture.call("DELETE", "/v1/customers/{customerId}", "C-1001", null, null, "test-api-token").getStatusCode());
    }
}

package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.SaleCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.winback.api.CustomerApiFixture.PHONE;
import static io.winback.api.CustomerApiFixture.TOKEN;
import static io.winback.api.CustomerApiFixture.json;
import static io.winback.api.CustomerApiFixture.purchase;
import static io.winback.api.CustomerApiFixture.routed;
import static io.winback.api.CustomerApiFixture.unrouted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A POS without customer ids: the phone in E.164 is the key, and a '+' in a URL path has to be sent as %2B. */
class PhoneKeyedCustomerIsFoundThroughTheEncodedPathTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture();

    PhoneKeyedCustomerIsFoundThroughTheEncodedPathTest() {
        SaleCustomer byPhone = new SaleCustomer(null, PHONE, null, null, "Anna", null, null, null, null);
        fixture.seed(PHONE, purchase("p-1", byPhone, "2025-10-01T12:00:00+03:00", "100.00"),
                purchase("p-2", byPhone, "2025-10-08T12:00:00+03:00", "200.00"));
    }

    @Test
    void aRawPathAloneFindsTheCustomer() {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(
                unrouted("GET", "/v1/customers/%2B79161234567", null, null, TOKEN), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(PHONE, json(response).get("customerId").asText());
    }

    @Test
    void theDefaultRouteFallsBackToTheRawPathToo() {
        APIGatewayV2HTTPEvent event = unrouted("GET", "/v1/customers/%2B79161234567/sales", "limit=1", null, TOKEN);
        event.setRouteKey("$default");

        JsonNode page = json(fixture.handler.handleRequest(event, null));

        assertEquals("p-2", page.at("/sales/0/saleId").asText());
        assertNotNull(page.get("nextCursor"));
    }

    @Test
    void aPatchThroughTheRawPathIsStoredUnderThePhone() {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(
                unrouted("PATCH", "/v1/customers/%2B79161234567/", null, "{\"status\":\"control\"}", TOKEN), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("control", fixture.stored(PHONE).status().wireName());
    }

    @Test
    void theDecodedPathParameterOfApiGatewayIsTakenAsItIs() {
        APIGatewayV2HTTPEvent event = routed("GET", Routes.CUSTOMER, PHONE, null, null, TOKEN);
        event.setRawPath("/v1/customers/%2B79161234567");

        assertEquals(200, fixture.handler.handleRequest(event, null).getStatusCode());
    }

    @Test
    void theRouteKeyAloneGivesTheMethod() {
        APIGatewayV2HTTPEvent event = routed("GET", Routes.CUSTOMER, PHONE, null, null, TOKEN);
        event.setRequestContext(null);

        assertEquals(200, fixture.handler.handleRequest(event, null).getStatusCode());
    }

    @ParameterizedTest
    @CsvSource({"%2B79161234567,+79161234567", "+79161234567,+79161234567", "C-1001,C-1001", "card%3A5550001,card:5550001",
            "anna%40example.com,anna@example.com", "%D0%90%D0%BD%D1%8F,Аня", "50%25off,50%off", "50%off,50%off", "%,%", "%2,%2"})
    void aPathSegmentIsPercentDecodedWithPlusKeptAsPlus(String raw, String decoded) {
        assertEquals(decoded, Routes.decodePathSegment(raw));
    }

    @Test
    void anUnknownPhoneIs404() {
        assertEquals(404, fixture.handler.handleRequest(
                unrouted("GET", "/v1/customers/%2B70000000000", null, null, TOKEN), null).getStatusCode());
        assertEquals(404, fixture.get("79161234567").getStatusCode(), "without the plus it is another key");
    }

    @Test
    void queryParametersFromApiGatewayWinOverTheRawQueryString() {
        APIGatewayV2HTTPEvent event = unrouted("GET", "/v1/customers/%2B79161234567/sales", "limit=1", null, TOKEN);
        event.setQueryStringParameters(Map.of("limit", "2"));

        assertEquals(2, json(fixture.handler.handleRequest(event, null)).get("sales").size());
    }
}

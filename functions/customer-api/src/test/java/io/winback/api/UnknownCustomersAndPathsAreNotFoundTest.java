package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import static io.winback.api.CustomerApiFixture.TOKEN;
import static io.winback.api.CustomerApiFixture.errorField;
import static io.winback.api.CustomerApiFixture.json;
import static io.winback.api.CustomerApiFixture.unrouted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnknownCustomersAndPathsAreNotFoundTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @Test
    void anUnknownCustomerIs404OnEveryRoute() {
        for (APIGatewayV2HTTPResponse response : new APIGatewayV2HTTPResponse[]{
                fixture.get("nobody"), fixture.sales("nobody", null), fixture.patch("nobody", "{\"vip\":true}"),
                fixture.bonuses("nobody"), fixture.consent("nobody"), fixture.recordConsent("nobody", "{\"sms\":true}")}) {
            assertEquals(404, response.getStatusCode(), response.getBody());
            assertEquals("customerId", errorField(response));
            assertTrue(json(response).at("/errors/0/message").asText().startsWith("no customer"));
        }
        assertTrue(json(fixture.get("cdnow-1")).at("/errors/0/message").asText()
                .contains("customer.id, else the phone in E.164"), "the 404 says how keys are formed");
    }

    @Test
    void patchingAnUnknownCustomerDoesNotCreateThem() {
        fixture.patch("nobody", "{\"name\":\"Ghost\"}");

        assertTrue(fixture.customers.find("nobody").isEmpty());
    }

    @Test
    void aPathOutsideTheApiIs404WithFieldPath() {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(
                unrouted("GET", "/v1/nowhere", null, null, TOKEN), null);

        assertEquals(404, response.getStatusCode());
        assertEquals("path", errorField(response));
        assertTrue(json(response).at("/errors/0/message").asText().startsWith("no route"));
    }

    @Test
    void aDeeperPathUnderACustomerIs404() {
        assertEquals(404, fixture.handler.handleRequest(
                unrouted("GET", "/v1/customers/C-1001/sales/s-1", null, null, TOKEN), null).getStatusCode());
        assertEquals(404, fixture.handler.handleRequest(
                unrouted("GET", "/v1/customers/", null, null, TOKEN), null).getStatusCode());
        assertEquals(404, fixture.handler.handleRequest(
                unrouted("GET", "/v1/customers/C-1001/bonuses/touch-a", null, null, TOKEN), null).getStatusCode());
        assertEquals(404, fixture.handler.handleRequest(
                unrouted("GET", "/v1/customers/C-1001/orders", null, null, TOKEN), null).getStatusCode());
    }

    @Test
    void aWrongMethodOnAKnownPathIs405AndSaysWhichAreAllowed() {
        APIGatewayV2HTTPResponse delete = fixture.handler.handleRequest(
                unrouted("PUT", "/v1/customers/C-1001", null, null, TOKEN), null);
        APIGatewayV2HTTPResponse post = fixture.handler.handleRequest(
                unrouted("POST", "/v1/customers/C-1001/sales", null, "{}", TOKEN), null);

        assertEquals(405, delete.getStatusCode());
        assertEquals("GET, PATCH, DELETE", delete.getHeaders().get("allow"));
        assertEquals("method", errorField(delete));
        assertEquals(405, post.getStatusCode());
        assertEquals("GET", post.getHeaders().get("allow"));
    }
}

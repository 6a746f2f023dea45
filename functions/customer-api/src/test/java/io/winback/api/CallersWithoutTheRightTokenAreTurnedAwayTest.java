package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.winback.api.CustomerApiFixture.errorField;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CallersWithoutTheRightTokenAreTurnedAwayTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @Test
    void withoutAnAuthorizationHeaderTheAnswerIs401() {
        APIGatewayV2HTTPResponse response = fixture.call("GET", Routes.CUSTOMER, "C-1001", null, null, null);

        assertEquals(401, response.getStatusCode());
        assertEquals("Authorization", errorField(response));
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("content-type"));
        assertEquals("the API token is missing; send the header Authorization: Bearer <API token>",
                CustomerApiFixture.json(response).at("/errors/0/message").asText());
    }

    @Test
    void aTokenThatWasSentButIsWrongIsSaidToBeNotAcceptedNotMissing() {
        APIGatewayV2HTTPResponse response = fixture.call("GET", Routes.CUSTOMER, "C-1001", null, null, "old-typo");

        assertEquals(401, response.getStatusCode());
        assertEquals("the API token was not accepted; send the header Authorization: Bearer <API token> with a current"
                + " token", CustomerApiFixture.json(response).at("/errors/0/message").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer guess", "Bearer ", "Basic dGVzdC1hcGktdG9rZW4=", "test-api-token", "Bearer test-api-token2"})
    void aWrongTokenOrSchemeIs401(String authorization) {
        APIGatewayV2HTTPEvent event = CustomerApiFixture.routed("GET", Routes.CUSTOMER, "C-1001", null, null, null);
        event.setHeaders(Map.of("authorization", authorization));

        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(event, null);

        assertEquals(401, response.getStatusCode());
        assertEquals("Authorization", errorField(response));
    }

    @Test
    void bothTokensWorkDuringARotation() {
        assertEquals(200, fixture.call("GET", Routes.CUSTOMER, "C-1001", null, null, "old-token").getStatusCode());
        assertEquals(200, fixture.call("GET", Routes.CUSTOMER, "C-1001", null, null, "test-api-token").getStatusCode());
    }

    @Test
    void theHeaderNameIsReadWhateverItsCase() {
        APIGatewayV2HTTPEvent event = CustomerApiFixture.routed("GET", Routes.CUSTOMER, "C-1001", null, null, null);
        event.setHeaders(Map.of("AUTHORIZATION", "bearer test-api-token"));

        assertEquals(200, fixture.handler.handleRequest(event, null).getStatusCode());
    }

    @Test
    void withoutTheTokenNobodyLearnsWhetherACustomerExists() {
        assertEquals(401, fixture.call("GET", Routes.CUSTOMER, "nobody", null, null, "guess").getStatusCode());
        assertEquals(401, fixture.call("GET", Routes.CUSTOMER_SALES, "nobody", null, null, "guess").getStatusCode());
    }

    @Test
    void aPatchWithoutTheTokenChangesNothing() {
        var before = fixture.stored("C-1001");

        APIGatewayV2HTTPResponse response = fixture.call("PATCH", Routes.CUSTOMER, "C-1001", null,
                "{\"status\":\"archive\"}", "guess");

        assertEquals(401, response.getStatusCode());
        assertEquals(before, fixture.stored("C-1001"));
    }
}

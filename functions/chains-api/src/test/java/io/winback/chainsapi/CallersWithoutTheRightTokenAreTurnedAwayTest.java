package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.bonusStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CallersWithoutTheRightTokenAreTurnedAwayTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void withoutAnAuthorizationHeaderTheAnswerIs401SayingTheTokenIsMissing() {
        APIGatewayV2HTTPResponse response = fixture.call("GET", Routes.CHAINS, null, null);

        assertEquals(401, response.getStatusCode());
        assertEquals(List.of("Authorization: the API token is missing; send the header Authorization: Bearer <API token>"),
                errors(response));
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("content-type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer guess", "Bearer ", "Basic dGVzdC1hcGktdG9rZW4=", "test-api-token"})
    void aWrongTokenOrSchemeIs401SayingItWasNotAccepted(String authorization) {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(
                ChainsApiFixture.event("GET", Routes.CHAINS, null, authorization), null);

        assertEquals(401, response.getStatusCode());
        assertEquals(List.of("Authorization: the API token was not accepted; send the header Authorization: "
                + "Bearer <API token> with a current token"), errors(response));
    }

    @Test
    void bothTokensWorkDuringARotation() {
        assertEquals(200, fixture.call("GET", Routes.CHAINS, null, "old-token").getStatusCode());
        assertEquals(200, fixture.call("GET", Routes.CHAINS, null, "test-api-token").getStatusCode());
    }

    @Test
    void aPutWithoutTheTokenChangesNothing() {
        APIGatewayV2HTTPResponse response = fixture.call("PUT", Routes.CHAINS, oneStep("null", bonusStep("150")), "guess");

        assertEquals(401, response.getStatusCode());
        assertEquals(List.of(), fixture.storedVersions());
    }
}

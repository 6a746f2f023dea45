package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.winback.tasks.CallTask;

import java.util.List;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.bonusStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.NOW;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static io.winback.chainsapi.ChainsApiFixture.openTask;
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

    @Test
    void theCallListNeedsTheTokenToo() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", NOW));

        APIGatewayV2HTTPResponse response = fixture.listTasks(Map.of("store", "12"), null);

        assertEquals(401, response.getStatusCode());
        assertEquals(List.of("Authorization: the API token is missing; send the header Authorization: Bearer <API token>"),
                errors(response));
    }

    @Test
    void closingACallWithoutTheTokenLeavesItOpen() {
        String id = "C-1/fell-asleep@2026-12-05#2";
        fixture.tasks.openTask(openTask("C-1", 2, "12", NOW));

        APIGatewayV2HTTPResponse response = fixture.closeTask(id, "{\"outcome\": \"reached\"}", "guess");

        assertEquals(401, response.getStatusCode());
        assertEquals(CallTask.OPEN, fixture.tasks.task(id).orElseThrow().status());
    }
}

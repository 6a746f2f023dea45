package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.TOKEN;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;

class UnknownPathsAndMethodsAreRefusedTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void aPathOutsideTheApiIs404() {
        APIGatewayV2HTTPResponse response = fixture.call("GET", "/v1/chain", null, TOKEN);

        assertEquals(404, response.getStatusCode());
        assertEquals(List.of("path: no route GET /v1/chain; the chains API is GET and PUT /v1/chains, GET /v1/tasks, "
                + "GET and PATCH /v1/tasks/{taskId}, GET and POST /v1/segments, GET, PUT and DELETE "
                + "/v1/segments/{segmentId}, GET, PUT and POST /v1/segments/{segmentId}/members, GET "
                + "/v1/segments/{segmentId}/history, GET and POST /v1/campaigns, GET and DELETE "
                + "/v1/campaigns/{campaignId}, POST /v1/campaigns/{campaignId}/pause, POST "
                + "/v1/campaigns/{campaignId}/resume"), errors(response));
        assertEquals(404, fixture.call("GET", "/v1/chains/1", null, TOKEN).getStatusCode());
        assertEquals(404, fixture.call("PATCH", "/v1/tasks/a/b", "{}", TOKEN).getStatusCode());
    }

    @Test
    void aTrailingSlashIsForgiven() {
        assertEquals(200, fixture.call("GET", "/v1/chains/", null, TOKEN).getStatusCode());
    }

    @Test
    void aWrongMethodIs405AndSaysWhichAreAllowed() {
        APIGatewayV2HTTPResponse response = fixture.call("POST", Routes.CHAINS, "{}", TOKEN);

        assertEquals(405, response.getStatusCode());
        assertEquals("GET, PUT", response.getHeaders().get("allow"));
        assertEquals(List.of("method: POST is not allowed on /v1/chains; use GET or PUT"), errors(response));
        assertEquals(List.of(), fixture.storedVersions());
    }

    @Test
    void theTaskPathsAllowOnlyTheirMethods() {
        APIGatewayV2HTTPResponse post = fixture.call("POST", "/v1/tasks", "{}", TOKEN);
        APIGatewayV2HTTPResponse delete = fixture.call("DELETE", "/v1/tasks/C-1%2Ffell-asleep%402026-12-05%232", null,
                TOKEN);

        assertEquals(405, post.getStatusCode());
        assertEquals("GET", post.getHeaders().get("allow"));
        assertEquals(List.of("method: POST is not allowed on /v1/tasks; use GET"), errors(post));
        assertEquals(405, delete.getStatusCode());
        assertEquals("GET, PATCH", delete.getHeaders().get("allow"));
        assertEquals(List.of("method: DELETE is not allowed on /v1/tasks/{taskId}; use GET or PATCH"), errors(delete));
    }
}

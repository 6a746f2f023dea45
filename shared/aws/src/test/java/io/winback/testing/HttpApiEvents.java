package io.winback.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.util.HashMap;
import java.util.Map;

/** HTTP API (payload 2.0) events as API Gateway hands them to a function, for the API functions' tests. */
public final class HttpApiEvents {
    private HttpApiEvents() {
    }

    /**
     * @param routeKey      e.g. {@code GET /v1/reports/metrics}, or {@code $default} for a request no route named
     * @param query         decoded query parameters, or null
     * @param authorization the Authorization header, or null for none
     */
    public static APIGatewayV2HTTPEvent request(String method, String routeKey, String path, Map<String, String> query,
                                                String body, String authorization) {
        Map<String, String> headers = new HashMap<>();
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withQueryStringParameters(query == null || query.isEmpty() ? null : query)
                .withHeaders(headers)
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                                .build())
                        .build())
                .build();
    }

    /**
     * The event with {@code body} as raw bytes, base64-encoded as API Gateway hands over a body it does not take for
     * text (and as the local runner hands over any body that is not UTF-8).
     */
    public static APIGatewayV2HTTPEvent withRawBody(APIGatewayV2HTTPEvent event, byte[] body) {
        event.setBody(java.util.Base64.getEncoder().encodeToString(body));
        event.setIsBase64Encoded(true);
        return event;
    }
}

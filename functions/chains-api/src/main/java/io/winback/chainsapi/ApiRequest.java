package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.winback.http.HttpMessages;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the chains API needs of an HTTP API request, read once from the event so the rest of the module never touches
 * the event classes. Every field may be absent: the local runner and tests send partial events.
 *
 * @param routeKey      e.g. {@code PUT /v1/chains}; null or {@code $default} when not routed
 * @param rawPath       the path as requested
 * @param authorization the Authorization header, whatever the case of its name
 */
record ApiRequest(String method, String routeKey, String rawPath, String body, String authorization) {

    static ApiRequest of(APIGatewayV2HTTPEvent event) {
        String body = event.getBody() == null ? null
                : new String(HttpMessages.bodyBytes(event.getBody(), event.getIsBase64Encoded()), StandardCharsets.UTF_8);
        return new ApiRequest(methodOf(event), event.getRouteKey(), event.getRawPath(), body,
                HttpMessages.header(event.getHeaders(), "authorization"));
    }

    private static String methodOf(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        String method = context != null && context.getHttp() != null ? context.getHttp().getMethod() : null;
        if (method == null && event.getRouteKey() != null && event.getRouteKey().indexOf(' ') > 0) {
            method = event.getRouteKey().substring(0, event.getRouteKey().indexOf(' '));
        }
        return method == null ? null : method.toUpperCase(Locale.ROOT);
    }
}

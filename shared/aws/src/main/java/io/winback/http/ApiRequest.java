package io.winback.http;

import io.winback.validation.FieldError;
import io.winback.validation.Validated;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an API function needs of an HTTP API request, read once from the event so the rest of the function never
 * touches the event classes. Every field may be absent: the local runner and tests send partial events.
 *
 * @param routeKey       e.g. {@code GET /v1/customers/{customerId}}; null or {@code $default} when not routed
 * @param rawPath        the path as requested, still percent-encoded when the caller encoded it
 * @param pathParameters as API Gateway decoded them
 * @param query          decoded query parameters; repeated names joined with commas, as API Gateway does
 * @param authorization  the Authorization header, whatever the case of its name
 * @param bodyRefusal    why the body cannot be read as text (it is not UTF-8), with {@code body} then null; null
 *                       when it can
 */
public record ApiRequest(String method, String routeKey, String rawPath, Map<String, String> pathParameters,
                  Map<String, String> query, String body, String authorization, FieldError bodyRefusal) {

    public ApiRequest {
        pathParameters = pathParameters == null ? Map.of() : Map.copyOf(pathParameters);
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    /** A request whose body, if any, is text. */
    public ApiRequest(String method, String routeKey, String rawPath, Map<String, String> pathParameters,
                      Map<String, String> query, String body, String authorization) {
        this(method, routeKey, rawPath, pathParameters, query, body, authorization, null);
    }

    public static ApiRequest of(APIGatewayV2HTTPEvent event) {
        String body = null;
        FieldError refusal = null;
        if (event.getBody() != null) {
            switch (HttpMessages.utf8Text(HttpMessages.bodyBytes(event.getBody(), event.getIsBase64Encoded()))) {
                case Validated.Valid<String> text -> body = text.value();
                case Validated.Invalid<String> invalid -> refusal = invalid.errors().getFirst();
            }
        }
        return new ApiRequest(methodOf(event), event.getRouteKey(), event.getRawPath(),
                withoutNullValues(event.getPathParameters()), queryOf(event), body,
                HttpMessages.header(event.getHeaders(), "authorization"), refusal);
    }

    /** The 400 for a body that is not text, to answer before any route reads it; null when the body is fine. */
    public ApiReply bodyNotText() {
        return bodyRefusal == null ? null : ApiReply.errors(400, java.util.List.of(bodyRefusal));
    }

    private static String methodOf(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        String method = context != null && context.getHttp() != null ? context.getHttp().getMethod() : null;
        if (method == null && event.getRouteKey() != null && event.getRouteKey().indexOf(' ') > 0) {
            method = event.getRouteKey().substring(0, event.getRouteKey().indexOf(' '));
        }
        return method == null ? null : method.toUpperCase(Locale.ROOT);
    }

    /** API Gateway fills queryStringParameters; a caller that only has the raw query string gets it parsed here. */
    private static Map<String, String> queryOf(APIGatewayV2HTTPEvent event) {
        if (event.getQueryStringParameters() != null) {
            return withoutNullValues(event.getQueryStringParameters());
        }
        Map<String, String> query = new LinkedHashMap<>();
        String raw = event.getRawQueryString();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.merge(name, value, (first, next) -> first + "," + next);
            } catch (IllegalArgumentException badEscape) {
                // A broken %-escape makes that one pair unreadable; the parameter then counts as not sent.
            }
        }
        return query;
    }

    private static Map<String, String> withoutNullValues(Map<String, String> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((name, value) -> {
            if (name != null && value != null) {
                copy.put(name, value);
            }
        });
        return copy;
    }
}

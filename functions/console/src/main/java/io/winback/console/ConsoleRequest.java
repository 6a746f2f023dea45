package io.winback.console;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.winback.http.HttpMessages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A browser's request to the console: method, path, query, the posted form, cookies, the Authorization header (HTTP
 * Basic for scripts), where it came from (for the sign-in throttle) and whether it came over TLS (so the session
 * cookie is Secure there and still works on the plain-HTTP local runner).
 */
record ConsoleRequest(String method, String path, Map<String, String> query, Map<String, String> form,
                      Map<String, String> cookies, String authorization, String sourceIp, boolean overTls) {

    ConsoleRequest {
        query = Map.copyOf(query);
        form = Map.copyOf(form);
        cookies = Map.copyOf(cookies);
    }

    static ConsoleRequest of(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        var http = context == null ? null : context.getHttp();
        String method = http != null && http.getMethod() != null ? http.getMethod().toUpperCase(Locale.ROOT) : "GET";
        String path = event.getRawPath() == null ? "/console" : event.getRawPath();
        Map<String, String> query = new HashMap<>();
        if (event.getQueryStringParameters() != null) {
            event.getQueryStringParameters().forEach((name, value) -> {
                if (value != null) {
                    query.put(name, value);
                }
            });
        } else if (event.getRawQueryString() != null) {
            query.putAll(urlEncoded(event.getRawQueryString()));
        }
        Map<String, String> form = Map.of();
        if ("POST".equals(method) && event.getBody() != null) {
            byte[] bytes = HttpMessages.bodyBytes(event.getBody(), event.getIsBase64Encoded());
            form = urlEncoded(new String(bytes, StandardCharsets.UTF_8));
        }
        Map<String, String> cookies = HttpMessages.cookies(event.getCookies(), event.getHeaders());
        String sourceIp = http != null && http.getSourceIp() != null ? http.getSourceIp() : "unknown";
        String proto = HttpMessages.header(event.getHeaders(), "x-forwarded-proto");
        return new ConsoleRequest(method, path, query, form, cookies,
                HttpMessages.header(event.getHeaders(), "authorization"), sourceIp, "https".equalsIgnoreCase(proto));
    }

    /** {@code a=1&b=x+y} as a map; a name given twice keeps its first value. */
    static Map<String, String> urlEncoded(String text) {
        Map<String, String> values = new HashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    String param(String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}

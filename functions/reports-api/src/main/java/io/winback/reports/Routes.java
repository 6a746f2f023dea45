package io.winback.reports;

import io.winback.http.ApiRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which report a request asks for. Every report is one GET on a fixed path (template.yaml routes each), so the route
 * key decides when API Gateway sends one, and the raw path otherwise (the local runner, a {@code $default} route).
 */
final class Routes {
    /** The reports as template.yaml routes them. */
    enum Endpoint {
        METRICS("/v1/reports/metrics"),
        BUYERS("/v1/reports/buyers"),
        DISCOUNTS("/v1/reports/discounts"),
        SLEEPING("/v1/reports/sleeping"),
        REACTIVATION("/v1/reports/reactivation"),
        SEGMENTS("/v1/reports/segments"),
        CYCLES("/v1/reports/cycles"),
        TIMING("/v1/reports/timing"),
        DASHBOARD("/dashboard");

        private final String path;

        Endpoint(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }

        String routeKey() {
            return "GET " + path;
        }

        /** A page a browser opens (not under /v1). */
        boolean isPage() {
            return !path.startsWith("/v1/");
        }
    }

    sealed interface RouteMatch {
        /** What the request log shows: a route, never the query, which may name a customer. */
        String logLabel();

        record Found(Endpoint endpoint) implements RouteMatch {
            public String logLabel() {
                return endpoint.routeKey();
            }
        }

        record MethodNotAllowed(String method, Endpoint endpoint) implements RouteMatch {
            public String logLabel() {
                return method + " " + endpoint.path();
            }
        }

        record NoRoute(String method) implements RouteMatch {
            public String logLabel() {
                return method + " (no route)";
            }
        }
    }

    private Routes() {
    }

    static RouteMatch match(ApiRequest request) {
        String path = pathOf(request);
        for (Endpoint endpoint : Endpoint.values()) {
            if (endpoint.path.equals(path)) {
                return "GET".equals(request.method()) ? new RouteMatch.Found(endpoint)
                        : new RouteMatch.MethodNotAllowed(request.method(), endpoint);
            }
        }
        return new RouteMatch.NoRoute(request.method());
    }

    /** The route key's path when it names a report; else the raw path, a trailing slash forgiven. */
    private static String pathOf(ApiRequest request) {
        String routeKey = request.routeKey();
        if (routeKey != null && routeKey.indexOf(' ') > 0) {
            String template = routeKey.substring(routeKey.indexOf(' ') + 1);
            if (Arrays.stream(Endpoint.values()).anyMatch(e -> e.path.equals(template))) {
                return template;
            }
        }
        String raw = request.rawPath() == null ? "" : request.rawPath();
        return raw.length() > 1 && raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    }

    static Map<String, String> allowHeader() {
        return Map.of("allow", String.join(", ", List.of("GET")));
    }
}

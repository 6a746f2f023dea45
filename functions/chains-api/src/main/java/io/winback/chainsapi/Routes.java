package io.winback.chainsapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which operation a request asks for. API Gateway names the route in {@code routeKey}; without one (the local runner,
 * a {@code $default} route) the method and raw path decide.
 */
final class Routes {
    static final String CHAINS = "/v1/chains";

    /** The API's operations, as template.yaml routes them. */
    enum Endpoint {
        READ_CHAINS("GET"),
        REPLACE_CHAINS("PUT");

        private final String method;

        Endpoint(String method) {
            this.method = method;
        }

        String routeKey() {
            return method + " " + CHAINS;
        }
    }

    sealed interface RouteMatch {
        /** The label the request log shows. */
        String logLabel();

        record Found(Endpoint endpoint) implements RouteMatch {
            public String logLabel() {
                return endpoint.routeKey();
            }
        }

        record MethodNotAllowed(String method, List<String> allowed) implements RouteMatch {
            public String logLabel() {
                return method + " " + CHAINS;
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
        if (!CHAINS.equals(templateOfRouteKey(request.routeKey())) && !isChainsPath(request.rawPath())) {
            return new RouteMatch.NoRoute(request.method());
        }
        for (Endpoint endpoint : Endpoint.values()) {
            if (endpoint.method.equals(request.method())) {
                return new RouteMatch.Found(endpoint);
            }
        }
        return new RouteMatch.MethodNotAllowed(request.method(),
                Arrays.stream(Endpoint.values()).map(e -> e.method).toList());
    }

    /** {@code /v1/chains}; a trailing slash is forgiven. */
    private static boolean isChainsPath(String rawPath) {
        return CHAINS.equals(rawPath) || (CHAINS + "/").equals(rawPath);
    }

    private static String templateOfRouteKey(String routeKey) {
        return routeKey == null || routeKey.indexOf(' ') < 0 ? null : routeKey.substring(routeKey.indexOf(' ') + 1);
    }

    /** The Allow header of a 405. */
    static Map<String, String> allowHeader(RouteMatch.MethodNotAllowed match) {
        return Map.of("allow", String.join(", ", match.allowed()));
    }
}

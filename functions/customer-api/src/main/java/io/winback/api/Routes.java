package io.winback.api;

import io.winback.http.ApiRequest;
import io.winback.http.PathSegments;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which operation a request asks for. API Gateway names the route in {@code routeKey} and hands over the decoded
 * {@code customerId}; without a route key (the local runner, a {@code $default} route) the method and raw path decide.
 * The static {@code /v1/customers/lookup} wins over {@code /v1/customers/{customerId}}, as API Gateway prefers a
 * static route: a customer keyed "lookup" is not reachable there, on any method. {@code /v1/unsubscribe} is the one
 * path not under {@code /v1/customers}: the link every marketing message carries.
 */
final class Routes {
    static final String CUSTOMER = "/v1/customers/{customerId}";
    static final String CUSTOMER_SALES = "/v1/customers/{customerId}/sales";
    static final String CUSTOMER_BONUSES = "/v1/customers/{customerId}/bonuses";
    static final String CUSTOMER_CONSENT = "/v1/customers/{customerId}/consent";
    static final String CUSTOMER_EXPORT = "/v1/customers/{customerId}/export";
    static final String LOOKUP = "/v1/customers/lookup";
    static final String UNSUBSCRIBE = "/v1/unsubscribe";
    private static final String LOOKUP_SEGMENT = "lookup";
    /** The path templates under a customer, by the segment after the customer's key. */
    private static final Map<String, String> UNDER_CUSTOMER = Map.of(
            "sales", CUSTOMER_SALES, "bonuses", CUSTOMER_BONUSES, "consent", CUSTOMER_CONSENT,
            "export", CUSTOMER_EXPORT);

    /** The API's operations, each one method on one path template, as template.yaml routes them. */
    enum Endpoint {
        READ_CUSTOMER("GET", CUSTOMER),
        READ_SALES("GET", CUSTOMER_SALES),
        EDIT_CUSTOMER("PATCH", CUSTOMER),
        /** Everything held about the person, as one JSON document (right of access and portability). */
        EXPORT_CUSTOMER("GET", CUSTOMER_EXPORT),
        /** Erases the person everywhere, keeping the shop's books without them (right to erasure). */
        ERASE_CUSTOMER("DELETE", CUSTOMER),
        READ_BONUSES("GET", CUSTOMER_BONUSES),
        READ_CONSENT("GET", CUSTOMER_CONSENT),
        RECORD_CONSENT("POST", CUSTOMER_CONSENT),
        LOOKUP_CUSTOMER("GET", LOOKUP),
        /** The link in an email's footer, opened in a browser: asks, changes nothing. */
        ASK_TO_UNSUBSCRIBE("GET", UNSUBSCRIBE, true),
        /** The page's button, or the mail client's one-click POST (RFC 8058): withdraws the consent. */
        UNSUBSCRIBE_FROM_LINK("POST", UNSUBSCRIBE, true);

        private final String method;
        private final String pathTemplate;
        private final boolean reachedFromMail;

        Endpoint(String method, String pathTemplate) {
            this(method, pathTemplate, false);
        }

        Endpoint(String method, String pathTemplate, boolean reachedFromMail) {
            this.method = method;
            this.pathTemplate = pathTemplate;
            this.reachedFromMail = reachedFromMail;
        }

        /**
         * True for the unsubscribe link: a customer's browser or mail client calls it, with no API token (the
         * link's signed token is the proof) and expecting an HTML page, not JSON.
         */
        boolean reachedFromMail() {
            return reachedFromMail;
        }

        String routeKey() {
            return method + " " + pathTemplate;
        }

        String pathTemplate() {
            return pathTemplate;
        }
    }

    sealed interface RouteMatch {
        /** The label the request log shows: a route template, never the path itself, which may hold a phone. */
        String logLabel();

        /** Whether the request comes from a message's link: no API token asked, an HTML page answered. */
        default boolean reachedFromMail() {
            return false;
        }

        /** @param customerId null on the lookup and the unsubscribe link, the routes not under a customer */
        record Found(Endpoint endpoint, String customerId) implements RouteMatch {
            public String logLabel() {
                return endpoint.routeKey();
            }

            @Override
            public boolean reachedFromMail() {
                return endpoint.reachedFromMail();
            }
        }

        record MethodNotAllowed(String method, String pathTemplate, List<String> allowed, String customerId)
                implements RouteMatch {
            public String logLabel() {
                return method + " " + pathTemplate;
            }
        }

        record NoRoute(String method) implements RouteMatch {
            public String logLabel() {
                return method + " (no route)";
            }
        }
    }

    /** {@code /v1/customers/<id>} or {@code /v1/customers/<id>/<sales|bonuses|consent|export>}; a trailing slash is forgiven. */
    private static final Pattern CUSTOMER_PATH = Pattern.compile("^/v1/customers/([^/]+)(?:/([a-z]+))?/?$");

    private Routes() {
    }

    static RouteMatch match(ApiRequest request) {
        String template = templateOfRouteKey(request.routeKey());
        if (UNSUBSCRIBE.equals(template) || (template == null && isUnsubscribePath(request.rawPath()))) {
            return onPath(UNSUBSCRIBE, request.method(), null);
        }
        String customerId = request.pathParameters().get("customerId");
        if (template == null || (customerId == null && !LOOKUP.equals(template))) {
            Matcher path = request.rawPath() == null ? null : CUSTOMER_PATH.matcher(request.rawPath());
            if (path == null || !path.matches()) {
                return new RouteMatch.NoRoute(request.method());
            }
            template = path.group(2) == null ? CUSTOMER : UNDER_CUSTOMER.get(path.group(2));
            customerId = decodePathSegment(path.group(1));
            if (template == null) {
                return new RouteMatch.NoRoute(request.method());
            }
        }
        if (CUSTOMER.equals(template) && LOOKUP_SEGMENT.equals(customerId)) {
            template = LOOKUP;
        }
        if (LOOKUP.equals(template)) {
            customerId = null;
        } else if (customerId.isBlank()) {
            return new RouteMatch.NoRoute(request.method());
        }
        return onPath(template, request.method(), customerId);
    }

    /** The endpoint of {@code method} on {@code template}, or which methods the path does allow. */
    private static RouteMatch onPath(String template, String method, String customerId) {
        for (Endpoint endpoint : Endpoint.values()) {
            if (endpoint.pathTemplate.equals(template) && endpoint.method.equals(method)) {
                return new RouteMatch.Found(endpoint, customerId);
            }
        }
        List<String> allowed = Arrays.stream(Endpoint.values()).filter(e -> e.pathTemplate.equals(template))
                .map(e -> e.method).toList();
        return new RouteMatch.MethodNotAllowed(method, template, allowed, customerId);
    }

    /** The unsubscribe path as a plain HTTP server hands it over; a trailing slash is forgiven, as on customers. */
    private static boolean isUnsubscribePath(String rawPath) {
        return UNSUBSCRIBE.equals(rawPath) || (UNSUBSCRIBE + "/").equals(rawPath);
    }

    private static String templateOfRouteKey(String routeKey) {
        if (routeKey == null || routeKey.indexOf(' ') < 0) {
            return null;
        }
        String template = routeKey.substring(routeKey.indexOf(' ') + 1);
        return Arrays.stream(Endpoint.values()).map(Endpoint::pathTemplate).anyMatch(template::equals) ? template : null;
    }
    /** Percent-decoding of one path segment (see {@link PathSegments}). */
    static String decodePathSegment(String raw) {
        return PathSegments.decode(raw);
    }

    /** The Allow header of a 405. */
    static Map<String, String> allowHeader(RouteMatch.MethodNotAllowed match) {
        return Map.of("allow", String.join(", ", match.allowed()));
    }
}

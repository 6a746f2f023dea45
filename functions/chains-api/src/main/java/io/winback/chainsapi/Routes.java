package io.winback.chainsapi;

import io.winback.http.ApiRequest;
import io.winback.http.PathSegments;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which operation a request asks for. API Gateway names the route in {@code routeKey} and hands over the decoded
 * path parameters; without them (the local runner's unrouted calls, a {@code $default} route) the method and raw path
 * decide, each parameter percent-decoded here.
 */
final class Routes {
    static final String CHAINS = "/v1/chains";
    static final String TASKS = "/v1/tasks";
    static final String TASK = "/v1/tasks/{taskId}";
    static final String SEGMENTS = "/v1/segments";
    static final String SEGMENT = "/v1/segments/{segmentId}";
    static final String SEGMENT_MEMBERS = "/v1/segments/{segmentId}/members";
    static final String SEGMENT_HISTORY = "/v1/segments/{segmentId}/history";
    static final String CAMPAIGNS = "/v1/campaigns";
    static final String CAMPAIGN = "/v1/campaigns/{campaignId}";
    static final String CAMPAIGN_PAUSE = "/v1/campaigns/{campaignId}/pause";
    static final String CAMPAIGN_RESUME = "/v1/campaigns/{campaignId}/resume";
    static final String TASK_ID = "taskId";
    static final String CAMPAIGN_ID = "campaignId";
    static final String SEGMENT_ID = "segmentId";
    /** How the 404 of an unknown path sums the API up. */
    static final String SUMMARY = "GET and PUT " + CHAINS + ", GET " + TASKS + ", GET and PATCH " + TASK
            + ", GET and POST " + SEGMENTS + ", GET, PUT and DELETE " + SEGMENT + ", GET, PUT and POST "
            + SEGMENT_MEMBERS + ", GET " + SEGMENT_HISTORY + ", GET and POST " + CAMPAIGNS + ", GET and DELETE "
            + CAMPAIGN + ", POST " + CAMPAIGN_PAUSE + ", POST " + CAMPAIGN_RESUME;

    /** The API's operations, each one method on one path template, as template.yaml routes them. */
    enum Endpoint {
        READ_CHAINS("GET", CHAINS),
        REPLACE_CHAINS("PUT", CHAINS),
        LIST_TASKS("GET", TASKS),
        READ_TASK("GET", TASK),
        CLOSE_TASK("PATCH", TASK),
        LIST_SEGMENTS("GET", SEGMENTS),
        CREATE_SEGMENT("POST", SEGMENTS),
        READ_SEGMENT("GET", SEGMENT),
        REPLACE_SEGMENT("PUT", SEGMENT),
        DELETE_SEGMENT("DELETE", SEGMENT),
        LIST_MEMBERS("GET", SEGMENT_MEMBERS),
        SET_MEMBERS("PUT", SEGMENT_MEMBERS),
        ADD_MEMBERS("POST", SEGMENT_MEMBERS),
        READ_HISTORY("GET", SEGMENT_HISTORY),
        LIST_CAMPAIGNS("GET", CAMPAIGNS),
        CREATE_CAMPAIGN("POST", CAMPAIGNS),
        READ_CAMPAIGN("GET", CAMPAIGN),
        CANCEL_CAMPAIGN("DELETE", CAMPAIGN),
        PAUSE_CAMPAIGN("POST", CAMPAIGN_PAUSE),
        RESUME_CAMPAIGN("POST", CAMPAIGN_RESUME);

        private final String method;
        private final String pathTemplate;

        Endpoint(String method, String pathTemplate) {
            this.method = method;
            this.pathTemplate = pathTemplate;
        }

        String routeKey() {
            return method + " " + pathTemplate;
        }
    }

    sealed interface RouteMatch {
        /** The label the request log shows: a route template, never the path, whose task id may hold a phone. */
        String logLabel();

        /** @param parameters the decoded path parameters of the template ({@code taskId}, {@code segmentId}) */
        record Found(Endpoint endpoint, Map<String, String> parameters) implements RouteMatch {
            public Found {
                parameters = Map.copyOf(parameters);
            }

            public String logLabel() {
                return endpoint.routeKey();
            }

            String taskId() {
                return parameters.get(TASK_ID);
            }

            String segmentId() {
                return parameters.get(SEGMENT_ID);
            }

            String campaignId() {
                return parameters.get(CAMPAIGN_ID);
            }
        }

        record MethodNotAllowed(String method, String pathTemplate, List<String> allowed) implements RouteMatch {
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

    /** Declared before {@link #PATTERNS}, which is made of it when the class initialises. */
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    /** Each path template as a pattern of the raw path: a parameter is one non-empty segment; a trailing slash is forgiven. */
    private static final Map<String, Pattern> PATTERNS = patterns();

    private Routes() {
    }

    static RouteMatch match(ApiRequest request) {
        String template = templateOfRouteKey(request.routeKey());
        Map<String, String> parameters = new HashMap<>();
        if (template != null) {
            for (String name : parameterNames(template)) {
                String value = request.pathParameters().get(name);
                if (value == null) {
                    template = null;
                    break;
                }
                parameters.put(name, value);
            }
        }
        if (template == null) {
            parameters.clear();
            String rawPath = request.rawPath() == null ? "" : request.rawPath();
            for (Map.Entry<String, Pattern> candidate : PATTERNS.entrySet()) {
                Matcher matcher = candidate.getValue().matcher(rawPath);
                if (matcher.matches()) {
                    template = candidate.getKey();
                    List<String> names = parameterNames(template);
                    for (int i = 0; i < names.size(); i++) {
                        parameters.put(names.get(i), PathSegments.decode(matcher.group(i + 1)));
                    }
                    break;
                }
            }
            if (template == null) {
                return new RouteMatch.NoRoute(request.method());
            }
        }
        if (parameters.values().stream().anyMatch(String::isBlank)) {
            return new RouteMatch.NoRoute(request.method());
        }
        for (Endpoint endpoint : Endpoint.values()) {
            if (endpoint.pathTemplate.equals(template) && endpoint.method.equals(request.method())) {
                return new RouteMatch.Found(endpoint, parameters);
            }
        }
        String onPath = template;
        return new RouteMatch.MethodNotAllowed(request.method(), template, Arrays.stream(Endpoint.values())
                .filter(e -> e.pathTemplate.equals(onPath)).map(e -> e.method).toList());
    }

    /** The path template of a route key naming one of this API's routes; null otherwise. */
    private static String templateOfRouteKey(String routeKey) {
        if (routeKey == null || routeKey.indexOf(' ') < 0) {
            return null;
        }
        String template = routeKey.substring(routeKey.indexOf(' ') + 1);
        return Arrays.stream(Endpoint.values()).anyMatch(e -> e.pathTemplate.equals(template)) ? template : null;
    }

    private static List<String> parameterNames(String template) {
        return PARAMETER.matcher(template).results().map(r -> r.group(1)).toList();
    }

    private static Map<String, Pattern> patterns() {
        Map<String, Pattern> patterns = new java.util.LinkedHashMap<>();
        for (Endpoint endpoint : Endpoint.values()) {
            patterns.computeIfAbsent(endpoint.pathTemplate, template -> Pattern.compile("^"
                    + PARAMETER.matcher(template).replaceAll("([^/]+)") + "/?$"));
        }
        return patterns;
    }

    /** The Allow header of a 405. */
    static Map<String, String> allowHeader(RouteMatch.MethodNotAllowed match) {
        return Map.of("allow", String.join(", ", match.allowed()));
    }
}

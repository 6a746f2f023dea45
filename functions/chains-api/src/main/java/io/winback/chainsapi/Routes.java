package io.winback.chainsapi;

import io.winback.http.ApiRequest;
import io.winback.http.PathSegments;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which operation a request asks for. API Gateway names the route in {@code routeKey} and hands over the decoded
 * {@code taskId}; without them (the local runner's unrouted calls, a {@code $default} route) the method and raw path
 * decide, the task id percent-decoded here.
 */
final class Routes {
    static final String CHAINS = "/v1/chains";
    static final String TASKS = "/v1/tasks";
    static final String TASK = "/v1/tasks/{taskId}";
    static final String TASK_ID = "taskId";
    /** How the 404 of an unknown path sums the API up. */
    static final String SUMMARY = "GET and PUT " + CHAINS + ", GET " + TASKS + ", GET and PATCH " + TASK;

    /** {@code /v1/chains}, {@code /v1/tasks}, {@code /v1/tasks/<id>}; a trailing slash is forgiven. */
    private static final Pattern CHAINS_PATH = Pattern.compile("^/v1/chains/?$");
    private static final Pattern TASKS_PATH = Pattern.compile("^/v1/tasks/?$");
    private static final Pattern TASK_PATH = Pattern.compile("^/v1/tasks/([^/]+)/?$");

    /** The API's operations, each one method on one path template, as template.yaml routes them. */
    enum Endpoint {
        READ_CHAINS("GET", CHAINS),
        REPLACE_CHAINS("PUT", CHAINS),
        LIST_TASKS("GET", TASKS),
        READ_TASK("GET", TASK),
        CLOSE_TASK("PATCH", TASK);

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

        /** @param taskId the decoded task id on {@link #TASK}; null elsewhere */
        record Found(Endpoint endpoint, String taskId) implements RouteMatch {
            public String logLabel() {
                return endpoint.routeKey();
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

    private Routes() {
    }

    static RouteMatch match(ApiRequest request) {
        String template = templateOfRouteKey(request.routeKey());
        String taskId = request.pathParameters().get(TASK_ID);
        if (template == null || (TASK.equals(template) && taskId == null)) {
            String rawPath = request.rawPath() == null ? "" : request.rawPath();
            Matcher task = TASK_PATH.matcher(rawPath);
            if (CHAINS_PATH.matcher(rawPath).matches()) {
                template = CHAINS;
            } else if (TASKS_PATH.matcher(rawPath).matches()) {
                template = TASKS;
            } else if (task.matches()) {
                template = TASK;
                taskId = PathSegments.decode(task.group(1));
            } else {
                return new RouteMatch.NoRoute(request.method());
            }
        }
        if (!TASK.equals(template)) {
            taskId = null;
        } else if (taskId.isBlank()) {
            return new RouteMatch.NoRoute(request.method());
        }
        for (Endpoint endpoint : Endpoint.values()) {
            if (endpoint.pathTemplate.equals(template) && endpoint.method.equals(request.method())) {
                return new RouteMatch.Found(endpoint, taskId);
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

    /** The Allow header of a 405. */
    static Map<String, String> allowHeader(RouteMatch.MethodNotAllowed match) {
        return Map.of("allow", String.join(", ", match.allowed()));
    }
}

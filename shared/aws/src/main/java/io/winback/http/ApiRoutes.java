package io.winback.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every route of Winback's HTTP API, as template.yaml routes them (TemplateTest holds the two in step), and the
 * answer to a request none of them takes: API Gateway sends such a request to the {@code $default} route, whose
 * function answers here in the one error shape, a 405 with {@code Allow} when the path exists under other methods,
 * else a 404 naming the API's paths, instead of API Gateway's own {@code {"message":"Not Found"}}.
 */
public final class ApiRoutes {
    public record Route(String method, String pathTemplate) {
        boolean matches(String path) {
            String pattern = "^" + pathTemplate.replaceAll("\\{[^/]+}", "[^/]+") + "/?$";
            return Pattern.matches(pattern, path);
        }
    }

    public static final List<Route> ALL = List.of(
            new Route("POST", "/v1/sales"),
            new Route("GET", "/v1/customers/lookup"),
            new Route("GET", "/v1/customers/{customerId}"),
            new Route("PATCH", "/v1/customers/{customerId}"),
            new Route("DELETE", "/v1/customers/{customerId}"),
            new Route("GET", "/v1/customers/{customerId}/export"),
            new Route("GET", "/v1/customers/{customerId}/sales"),
            new Route("GET", "/v1/customers/{customerId}/bonuses"),
            new Route("GET", "/v1/customers/{customerId}/consent"),
            new Route("POST", "/v1/customers/{customerId}/consent"),
            new Route("GET", "/v1/unsubscribe"),
            new Route("POST", "/v1/unsubscribe"),
            new Route("GET", "/v1/chains"),
            new Route("PUT", "/v1/chains"),
            new Route("GET", "/v1/tasks"),
            new Route("GET", "/v1/tasks/{taskId}"),
            new Route("PATCH", "/v1/tasks/{taskId}"),
            new Route("GET", "/v1/segments"),
            new Route("POST", "/v1/segments"),
            new Route("GET", "/v1/segments/{segmentId}"),
            new Route("PUT", "/v1/segments/{segmentId}"),
            new Route("DELETE", "/v1/segments/{segmentId}"),
            new Route("GET", "/v1/segments/{segmentId}/members"),
            new Route("PUT", "/v1/segments/{segmentId}/members"),
            new Route("POST", "/v1/segments/{segmentId}/members"),
            new Route("GET", "/v1/segments/{segmentId}/history"),
            new Route("GET", "/v1/campaigns"),
            new Route("POST", "/v1/campaigns"),
            new Route("GET", "/v1/campaigns/{campaignId}"),
            new Route("DELETE", "/v1/campaigns/{campaignId}"),
            new Route("POST", "/v1/campaigns/{campaignId}/pause"),
            new Route("POST", "/v1/campaigns/{campaignId}/resume"),
            new Route("GET", "/v1/reports/metrics"),
            new Route("GET", "/v1/reports/buyers"),
            new Route("GET", "/v1/reports/discounts"),
            new Route("GET", "/v1/reports/sleeping"),
            new Route("GET", "/v1/reports/reactivation"),
            new Route("GET", "/v1/reports/segments"),
            new Route("GET", "/v1/reports/timing"),
            new Route("GET", "/v1/reports/cycles"),
            new Route("GET", "/dashboard"),
            new Route("GET", "/console"),
            new Route("GET", "/console/sign-in"),
            new Route("POST", "/console/sign-in"),
            new Route("POST", "/console/sign-out"),
            new Route("GET", "/console/tasks"),
            new Route("POST", "/console/tasks/{taskId}/outcome"),
            new Route("GET", "/console/assets/{file}"),
            new Route("GET", "/console/customers"),
            new Route("GET", "/console/customers/{customerId}"),
            new Route("GET", "/console/sent"),
            new Route("GET", "/console/chains"),
            new Route("GET", "/console/chains/{chainId}/steps/{step}"),
            new Route("POST", "/console/chains/{chainId}/steps/{step}"),
            new Route("GET", "/console/segments"),
            new Route("POST", "/console/segments"),
            new Route("POST", "/console/segments/count"),
            new Route("GET", "/console/segments/{segmentId}"),
            new Route("POST", "/console/customers/{customerId}/consent"),
            new Route("POST", "/console/customers/{customerId}/erase"),
            new Route("GET", "/console/customers/{customerId}/export"),
            new Route("GET", "/console/campaigns"),
            new Route("POST", "/console/campaigns"),
            new Route("GET", "/console/campaigns/{campaignId}"),
            new Route("POST", "/console/campaigns/{campaignId}/pause"),
            new Route("POST", "/console/campaigns/{campaignId}/resume"),
            new Route("POST", "/console/campaigns/{campaignId}/cancel"));

    private ApiRoutes() {
    }

    /** The answer to {@code method path} when no route takes it. */
    public static ApiReply unrouted(String method, String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : ALL) {
            if (route.matches(path)) {
                allowed.add(route.method());
            }
        }
        if (!allowed.isEmpty() && !allowed.contains(method)) {
            return ApiReply.error(405, "method", method + " is not allowed on " + path + "; use "
                    + String.join(" or ", allowed)).withHeaders(Map.of("allow", String.join(", ", allowed)));
        }
        List<String> paths = new ArrayList<>();
        ALL.forEach(route -> {
            if (!paths.contains(route.pathTemplate())) {
                paths.add(route.pathTemplate());
            }
        });
        return ApiReply.error(404, "path", "no route " + method + " " + path + "; Winback's paths are "
                + String.join(", ", paths) + " (docs/openapi.yaml lists each with its methods)");
    }
}

package io.winback.console;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone at the console (the owner, or a store's staff), as a script is (the token by HTTP Basic instead of the
 * cookie): opens pages through the real handler and posts forms with the CSRF token the page gave them, as the
 * browser would.
 */
final class OwnerDesk {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final ConsoleHandler console;
    private final String authorization;

    OwnerDesk(ConsoleHandler console, String token) {
        this.console = console;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("console:" + token)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** @param path with its query, if any ({@code /console/chains/sleep-1/steps/1?saved=1}) */
    APIGatewayV2HTTPResponse get(String path) {
        int query = path.indexOf('?');
        return console.handleRequest(event("GET", query < 0 ? path : path.substring(0, query), null,
                query < 0 ? null : path.substring(query + 1)), null);
    }

    /** The CSRF token of this visitor's forms, as the page at {@code path} carries it. */
    String csrf(String path) {
        String page = get(path).getBody();
        Matcher found = CSRF.matcher(page);
        assertTrue(found.find(), page);
        return found.group(1);
    }

    APIGatewayV2HTTPResponse post(String path, Map<String, String> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return console.handleRequest(event("POST", path, String.join("&", pairs), null), null);
    }

    private APIGatewayV2HTTPEvent event(String method, String path, String body, String query) {
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(method + " " + path).withRawPath(path)
                .withRawQueryString(query)
                .withHeaders(Map.of("x-forwarded-proto", "https", "content-type", "application/x-www-form-urlencoded",
                        "authorization", authorization))
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method)
                                .withPath(path).withSourceIp("203.0.113.9").build()).build())
                .build();
    }
}

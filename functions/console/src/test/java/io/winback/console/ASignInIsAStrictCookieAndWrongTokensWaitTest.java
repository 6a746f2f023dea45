package io.winback.console;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.config.WinbackConfig;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the real handler on DynamoDB Local: a token signs in with a cookie for the site (the console and the
 * dashboard it links to), HttpOnly, SameSite=Strict and Secure over TLS; a form without its cookie's CSRF token signs nobody in; wrong tokens from one
 * address wait after the third (429, Retry-After), counted in DynamoDB, so a second instance of the function makes
 * them wait too, and the right token after the wait signs in.
 */
class ASignInIsAStrictCookieAndWrongTokensWaitTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T07:00:00Z"));
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS,
            "owner:console-owner,staff@moscow-1:console-staff"));
    private final ConsoleHandler one = new ConsoleHandler(LocalDynamo.client(), config, clock);
    private final ConsoleHandler another = new ConsoleHandler(LocalDynamo.client(), config, clock);

    @Test
    void theRightTokenSetsAStrictCookieOverTls() {
        APIGatewayV2HTTPResponse signedIn = signIn(one, "console-staff", "203.0.113.5");
        assertEquals(303, signedIn.getStatusCode(), signedIn.getBody());
        assertEquals("/console/tasks", signedIn.getHeaders().get("location"));
        String session = signedIn.getCookies().stream().filter(c -> c.startsWith("wb_session=")).findFirst()
                .orElseThrow();
        assertTrue(session.contains("; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict; Secure"), session);
        assertTrue(!session.contains("console-staff"), "the cookie does not carry the token");
    }

    @Test
    void aFormWithoutItsCookiesTokenSignsNobodyIn() {
        Map<String, String> form = new HashMap<>(Map.of("token", "console-owner", "csrf", "made-up"));
        APIGatewayV2HTTPResponse forged = one.handleRequest(post("/console/sign-in", form, List.of("wb_form=abc"),
                "203.0.113.6"), null);
        assertEquals(403, forged.getStatusCode());
        assertTrue(forged.getCookies().stream().noneMatch(c -> c.startsWith("wb_session=")));
    }

    @Test
    void wrongTokensWaitAfterTheThirdOnEveryInstanceAndTheRightOneWorksAfterTheWait() {
        String address = "198.51.100.7";
        for (int i = 1; i <= 3; i++) {
            assertEquals(401, signIn(i % 2 == 0 ? one : another, "guess-" + i, address).getStatusCode(), "try " + i);
        }
        APIGatewayV2HTTPResponse waiting = signIn(another, "console-owner", address);
        assertEquals(429, waiting.getStatusCode(), "even the right token waits: nothing is checked meanwhile");
        assertEquals("2", waiting.getHeaders().get("retry-after"));
        assertTrue(waiting.getBody().contains("Попробуйте снова через 2 с."), waiting.getBody());
        assertEquals(303, signIn(one, "console-staff", "192.0.2.1").getStatusCode(),
                "another address is not held back");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(303, signIn(one, "console-owner", address).getStatusCode());
    }

    /** Opens the form (its cookie and CSRF token), then posts {@code token} from {@code address} over TLS. */
    private APIGatewayV2HTTPResponse signIn(ConsoleHandler handler, String token, String address) {
        APIGatewayV2HTTPResponse form = handler.handleRequest(get("/console/sign-in", List.of(), address), null);
        assertEquals(200, form.getStatusCode());
        String formCookie = form.getCookies().stream().filter(c -> c.startsWith(SignIn.FORM_COOKIE + "="))
                .findFirst().orElseThrow();
        Matcher csrf = CSRF.matcher(form.getBody());
        assertTrue(csrf.find(), form.getBody());
        return handler.handleRequest(post("/console/sign-in", Map.of("token", token, "csrf", csrf.group(1)),
                List.of(formCookie.substring(0, formCookie.indexOf(';'))), address), null);
    }

    private static APIGatewayV2HTTPEvent get(String path, List<String> cookies, String address) {
        return event("GET", path, null, cookies, address);
    }

    private static APIGatewayV2HTTPEvent post(String path, Map<String, String> form, List<String> cookies,
                                              String address) {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return event("POST", path, String.join("&", pairs), cookies, address);
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, String body, List<String> cookies,
                                               String address) {
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(method + " " + path).withRawPath(path)
                .withHeaders(Map.of("x-forwarded-proto", "https", "content-type",
                        "application/x-www-form-urlencoded"))
                .withCookies(cookies.isEmpty() ? null : cookies).withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method)
                                .withPath(path).withSourceIp(address).build()).build())
                .build();
    }
}

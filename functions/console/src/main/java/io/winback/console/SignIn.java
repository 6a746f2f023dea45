package io.winback.console;

import io.winback.access.Role;
import io.winback.access.SessionSeal;
import io.winback.access.SignInFailures;
import io.winback.access.SignInThrottle;
import io.winback.log.JsonLog;
import io.winback.report.ReportLanguage;
import io.winback.security.BearerTokens;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in with a token on a form, and out. The form itself carries a CSRF token bound to a random cookie set with
 * it, so another site cannot sign a browser in under its own token. A token accepted sets the session cookie
 * (HttpOnly, SameSite=Strict, Secure over TLS, {@link SessionSeal#LIFETIME}); wrong tokens from one address slow down
 * by {@link SignInThrottle}, answered at once with how long to wait.
 */
final class SignIn {
    static final String FORM_COOKIE = "wb_form";
    private static final JsonLog LOG = JsonLog.forClass(SignIn.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BearerTokens tokens;
    private final SessionSeal seal;
    private final SignInFailures failures;
    private final SignInThrottle throttle;
    private final Clock clock;

    SignIn(BearerTokens tokens, SessionSeal seal, SignInFailures failures, SignInThrottle throttle, Clock clock) {
        this.tokens = tokens;
        this.seal = seal;
        this.failures = failures;
        this.throttle = throttle;
        this.clock = clock;
    }

    ConsoleReply form(ConsoleRequest request, ReportLanguage language) {
        return form(request, language, 200, null);
    }

    ConsoleReply submit(ConsoleRequest request, ReportLanguage language) {
        String nonce = request.cookies().get(FORM_COOKIE);
        if (nonce == null || !seal.csrfMatches("form " + nonce, request.form().get("csrf"))) {
            return form(request, language, 403, language.pick(
                    "Форма устарела или пришла не с этой страницы. Введите токен ещё раз.",
                    "The form was stale or did not come from this page. Enter the token again."));
        }
        Instant now = clock.instant();
        String source = seal.fingerprint(("address " + request.sourceIp()).getBytes(StandardCharsets.UTF_8));
        SignInThrottle.Failures before = failures.of(source);
        Duration wait = throttle.waitBefore(before, now);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return form(request, language, 429, language.pick(
                    "Слишком много неверных токенов. Попробуйте снова через " + seconds + " с.",
                    "Too many wrong tokens. Try again in " + seconds + " s."))
                    .withHeader("retry-after", Long.toString(seconds));
        }
        String token = request.form().getOrDefault("token", "").strip();
        Optional<Role> role = tokens.roleOf(token);
        if (role.isEmpty()) {
            failures.failed(source, now, throttle.forgotten(before, now));
            LOG.info("console_sign_in_refused", "failuresBefore", before.count());
            return form(request, language, 401, language.pick(
                    "Такого токена нет. Проверьте, что он скопирован целиком.",
                    "No such token. Check that it was copied whole."));
        }
        if (before.count() > 0) {
            failures.cleared(source);
        }
        LOG.info("console_signed_in", "role", role.get().describe());
        String session = seal.seal(seal.fingerprint(token.getBytes(StandardCharsets.UTF_8)), now);
        return ConsoleReply.seeOther(ConsoleRoutes.TASKS)
                .withCookie(sessionCookie(session, SessionSeal.LIFETIME, request.overTls()))
                .withCookie(cookie(FORM_COOKIE, "", Duration.ZERO, request.overTls()));
    }

    ConsoleReply signOut(ConsoleRequest request) {
        return ConsoleReply.seeOther(ConsoleRoutes.SIGN_IN)
                .withCookie(sessionCookie("", Duration.ZERO, request.overTls()));
    }

    private ConsoleReply form(ConsoleRequest request, ReportLanguage language, int status, String problem) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, language.pick("Вход", "Sign in"), null, seal.csrf("form " + nonce),
                ConsoleRoutes.SIGN_IN));
        parameters.put("problem", problem);
        return ConsoleReply.page(status, Pages.render("signin.jte", parameters))
                .withCookie(cookie(FORM_COOKIE, nonce, Duration.ofHours(1), request.overTls()));
    }

    /**
     * The session cookie: for the whole site, so the dashboard the console links to opens on the same sign-in (the
     * APIs take no cookie, only a token, so the cookie opens nothing a form of another site could post to).
     */
    static String sessionCookie(String value, Duration maxAge, boolean secure) {
        return cookie(ConsoleAuth.SESSION_COOKIE, value, "/", maxAge, secure);
    }

    /** A cookie for the console's paths only, out of scripts' reach, never sent by another site's request. */
    static String cookie(String name, String value, Duration maxAge, boolean secure) {
        return cookie(name, value, ConsoleRoutes.HOME, maxAge, secure);
    }

    private static String cookie(String name, String value, String path, Duration maxAge, boolean secure) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }
}

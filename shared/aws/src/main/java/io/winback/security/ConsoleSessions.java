package io.winback.security;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.winback.access.Role;
import io.winback.access.SessionSeal;
import io.winback.http.HttpMessages;

import java.time.Clock;
import java.util.Optional;

/**
 * Who a request's console session cookie ({@code wb_session}, set by signing in to the console) is, for the pages
 * beside the console that a signed-in owner opens from it (the dashboard): the same seal, the same tokens, so signing
 * in once is enough and a token taken out of {@code API_TOKENS} ends the session here too.
 */
public final class ConsoleSessions {
    /** The console's session cookie. */
    public static final String COOKIE = "wb_session";

    private final BearerTokens tokens;
    private final SessionSeal seal;
    private final Clock clock;

    public ConsoleSessions(BearerTokens tokens, SessionSeal seal, Clock clock) {
        this.tokens = tokens;
        this.seal = seal;
        this.clock = clock;
    }

    /** The role of the session the request's cookie names; empty without one, or when it is forged or over. */
    public Optional<Role> roleOf(APIGatewayV2HTTPEvent event) {
        return roleOfCookie(HttpMessages.cookies(event.getCookies(), event.getHeaders()).get(COOKIE));
    }

    /** The role of the session a cookie's value seals; empty for null, a forged value or a session that is over. */
    public Optional<Role> roleOfCookie(String value) {
        return Optional.ofNullable(value).flatMap(sealed -> seal.open(sealed, clock.instant()))
                .flatMap(fingerprint -> tokens.roleOfFingerprint(fingerprint, seal));
    }
}

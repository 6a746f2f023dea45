package io.winback.console;

import io.winback.access.SessionSeal;
import io.winback.security.BearerTokens;
import io.winback.security.ConsoleSessions;

import java.time.Clock;
import java.util.Optional;

/**
 * Tells who a request is from: the session cookie a sign-in set (its token still configured, its time not up), or
 * for scripts the token as a Bearer or as the HTTP Basic password, as on the dashboard.
 */
final class ConsoleAuth {
    static final String SESSION_COOKIE = ConsoleSessions.COOKIE;

    private final BearerTokens tokens;
    private final SessionSeal seal;
    private final ConsoleSessions sessions;

    ConsoleAuth(BearerTokens tokens, SessionSeal seal, Clock clock) {
        this.tokens = tokens;
        this.seal = seal;
        this.sessions = new ConsoleSessions(tokens, seal, clock);
    }

    Optional<Visitor> visitor(ConsoleRequest request) {
        String session = request.cookies().get(SESSION_COOKIE);
        Optional<Visitor> signedIn = sessions.roleOfCookie(session).map(role -> new Visitor(role, session));
        if (signedIn.isPresent()) {
            return signedIn;
        }
        return tokens.whoBearerOrBasic(request.authorization())
                .map(role -> new Visitor(role, "authorization " + request.authorization()));
    }

    /** Whether the form of {@code request} carries the CSRF token of {@code visitor}. */
    boolean formIsGenuine(ConsoleRequest request, Visitor visitor) {
        return seal.csrfMatches(visitor.binding(), request.form().get("csrf"));
    }

    String csrf(Visitor visitor) {
        return seal.csrf(visitor.binding());
    }
}

package io.winback.console;

import io.winback.access.SessionSeal;
import io.winback.security.BearerTokens;

import java.time.Clock;
import java.util.Optional;

/**
 * Tells who a request is from: the session cookie a sign-in set (its token still configured, its time not up), or
 * for scripts the token as a Bearer or as the HTTP Basic password, as on the dashboard.
 */
final class ConsoleAuth {
    static final String SESSION_COOKIE = io.winback.security.ConsoleSessions.COOKIE;

    private final BearerTokens tokens;
    private final SessionSeal seal;
    private final Clock clock;

    ConsoleAuth(BearerTokens tokens, SessionSeal seal, Clock clock) {
        this.tokens = tokens;
        this.seal = seal;
        this.clock = clock;
    }

    Optional<Visitor> visitor(ConsoleRequest request) {
        String session = request.cookies().get(SESSION_COOKIE);
        if (session != null) {
            Optional<Visitor> signedIn = seal.open(session, clock.instant())
                    .flatMap(fingerprint -> tokens.roleOfFingerprint(fingerprint, seal))
                    .map(role -> new Visitor(role, session));
            if (signedIn.isPresent()) {
                return signedIn;
            }
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

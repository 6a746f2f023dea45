package io.winback.access;

import java.time.Instant;

/**
 * Where failed sign-ins are counted, per source (a keyed hash of the client's address, never the address): shared by
 * every instance of the console, so a guesser cannot spread attempts over them.
 */
public interface SignInFailures {

    SignInThrottle.Failures of(String source);

    /** Counts one more failure of {@code source} at {@code at}, starting afresh when {@code restart}. */
    void failed(String source, Instant at, boolean restart);

    /** Forgets the source's failures (after a sign-in that succeeded). */
    void cleared(String source);
}

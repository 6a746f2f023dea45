package io.winback.chain;

import java.util.Locale;

/**
 * A touch's life: claimed before anything happens, {@code sending} just before the provider is called, then one
 * final state. A touch found {@code sending} after a crash may have gone out: it becomes {@code unknown} and is
 * never sent again.
 */
public enum TouchStatus {
    CLAIMED,
    SENDING,
    /** The provider accepted the message (its id is kept). */
    SENT,
    /** A call task was created for staff. */
    CALL_TASK,
    /** The step granted only a bonus (no channel configured). */
    BONUS_ONLY,
    /** Holdout: decided exactly as for everyone else, and nothing given or sent. */
    HOLDOUT,
    /** No channel with a contact and consent: nothing sent, no bonus. */
    SKIPPED,
    /** The provider refused in a way that proves nothing went out. */
    FAILED,
    /** The send may or may not have gone out (timeout, 5xx, crash): never re-sent automatically. */
    UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TouchStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public boolean isFinal() {
        return this != CLAIMED && this != SENDING;
    }

    /** Counts against the frequency cap: something reached, or may have reached, the customer. */
    public boolean reachedCustomer() {
        return this == SENT || this == UNKNOWN;
    }
}

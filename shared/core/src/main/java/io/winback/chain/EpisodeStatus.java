package io.winback.chain;

import java.util.Locale;

/** Where a customer's pass through a chain stands. Only {@code active} episodes take further steps. */
public enum EpisodeStatus {
    ACTIVE,
    /** A purchase came within a touch's window: the chain worked (or, in the holdout, would have been credited). */
    CONVERTED,
    /** Every step was taken and every window closed without a purchase. */
    COMPLETED,
    /** Ended for another reason (a purchase after the windows, the customer archived): see the reason. */
    EXITED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EpisodeStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}

package io.winback.domain;

import java.util.HexFormat;

/**
 * A customer's reference outside Winback: a keyed hash of the customer key, so an id that leaves the system (a
 * message's touch id at the SMS and email providers, an email header, a call task's id in a URL) or reaches a log
 * carries no phone, email or card number, even when the key is one. The same key and secret give the same reference
 * on every machine and every run, so log lines and provider records of one customer still line up.
 */
public final class CustomerRefs {
    /** 16 hex digits (64 bits): no two customers of any shop share one in practice. */
    private static final int BYTES = 8;
    private final KeyedHash hash;

    /** @param secret the deployment's secret ({@code HOLDOUT_SALT}, which never changes after launch) */
    public CustomerRefs(String secret) {
        this.hash = new KeyedHash(secret);
    }

    /** {@code c-} and 16 hex digits. */
    public String of(String customerKey) {
        return "c-" + HexFormat.of().formatHex(hash.of("customer-ref", customerKey), 0, BYTES);
    }

    /** A touch as providers, headers and logs see it: the customer's reference and the touch's own id. */
    public String touch(String customerKey, String touchId) {
        return of(customerKey) + "/" + touchId;
    }
}

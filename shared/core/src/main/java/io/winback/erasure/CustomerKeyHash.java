package io.winback.erasure;

import io.winback.domain.KeyedHash;

import java.util.Base64;

/**
 * The pseudonym an erased customer's key is kept under: {@code erased:} and a keyed hash (HMAC-SHA256) of the key.
 * Without the secret nobody can tell whose it is, not even by trying every phone number; with it, Winback finds the
 * tombstone of a key it is sent again. The same key and secret give the same pseudonym forever, so the secret must
 * never change (it is the holdout salt, which never changes either; the hash is domain-separated from the holdout's).
 */
public final class CustomerKeyHash {
    public static final String PREFIX = "erased:";
    private static final String PURPOSE = "winback-erasure";
    private final KeyedHash hash;

    public CustomerKeyHash(String secret) {
        this.hash = new KeyedHash(secret);
    }

    public String pseudonymOf(String customerKey) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(hash.of(PURPOSE, customerKey));
    }
}

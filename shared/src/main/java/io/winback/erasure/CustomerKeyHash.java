package io.winback.erasure;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The pseudonym an erased customer's key is kept under: {@code erased:} and a keyed hash (HMAC-SHA256) of the key.
 * Without the secret nobody can tell whose it is, not even by trying every phone number; with it, Winback finds the
 * tombstone of a key it is sent again. The same key and secret give the same pseudonym forever, so the secret must
 * never change (it is the holdout salt, which never changes either; the hash is domain-separated from the holdout's).
 */
public final class CustomerKeyHash {
    public static final String PREFIX = "erased:";
    private static final String DOMAIN = "winback-erasure\u0000";
    private final SecretKeySpec key;

    public CustomerKeyHash(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the erasure hash needs a secret");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String pseudonymOf(String customerKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal((DOMAIN + customerKey).getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package io.winback.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * HMAC-SHA256 of a text under the deployment's secret, with the purpose mixed in first, so hashes made for one
 * purpose (a customer's reference, an erased customer's pseudonym) never equal those of another. Without the
 * secret nobody can tell which customer key a hash belongs to, not even by trying every phone number.
 */
public final class KeyedHash {
    private final SecretKeySpec key;

    public KeyedHash(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a keyed hash needs a secret");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The 32 bytes of the hash of {@code text} for {@code purpose}. */
    public byte[] of(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((purpose + "\u0000" + text).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

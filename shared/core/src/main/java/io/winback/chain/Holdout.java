package io.winback.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The customers who get nothing, so the chains' effect can be measured against them: a fixed share chosen by a
 * salted hash of the customer key. The same key and salt give the same answer forever, on any machine.
 */
public record Holdout(double share, String salt) {
    private static final long BUCKETS = 10_000;

    public Holdout {
        if (share < 0 || share >= 1) {
            throw new IllegalArgumentException("holdout share must be at least 0 and below 1, got " + share);
        }
    }

    public boolean contains(String customerKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((salt + "\u0000" + customerKey).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xff);
            }
            return Long.remainderUnsigned(value, BUCKETS) < Math.round(share * BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package io.winback.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * A customer's reference outside Winback: a keyed hash of the customer key, so an id that leaves the system (a
 * message's touch id at the SMS and email providers, an email header, a call task's id in a URL) or reaches a log
 * carries no phone, email or card number, even when the key is one. The same key and secret give the same reference
 * on every machine and every run, so log lines and provider records of one customer still line up; without the
 * secret a phone number cannot be recovered from it by trying every number.
 *
 * @param secret the deployment's secret (derived from {@code HOLDOUT_SALT}, which never changes after launch)
 */
public record CustomerRefs(String secret) {
    /** 16 hex digits (64 bits): no two customers of any shop share one in practice. */
    private static final int BYTES = 8;

    public CustomerRefs {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a customer reference needs a secret");
        }
    }

    /** {@code c-} and 16 hex digits. */
    public String of(String customerKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hash = mac.doFinal(("customer-ref\u0000" + customerKey).getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(hash, 0, BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A touch as providers, headers and logs see it: the customer's reference and the touch's own id. */
    public String touch(String customerKey, String touchId) {
        return of(customerKey) + "/" + touchId;
    }
}

package io.winback.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The webhook signature: header {@code X-Winback-Signature: t=<unix seconds>,v1=<hex>} where the hex is
 * HMAC-SHA256(secret, "<t>.<raw body>"). Several secrets are accepted at once so they can be rotated without
 * downtime; comparison is constant-time; a timestamp further than the tolerance from now is refused so a captured
 * request cannot be replayed later.
 */
public final class WebhookSignature {
    public static final String HEADER = "X-Winback-Signature";

    private final List<byte[]> secrets;
    private final long toleranceSeconds;
    private final Clock clock;

    public WebhookSignature(List<String> secrets, long toleranceSeconds, Clock clock) {
        this.secrets = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.toleranceSeconds = toleranceSeconds;
        this.clock = clock;
    }

    /** The header value a POS sends for {@code body} signed at {@code unixSeconds}. */
    public static String sign(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(
                hmac(secret.getBytes(StandardCharsets.UTF_8), unixSeconds, body));
    }

    /** Null when the header proves the body; otherwise why not, fit to show the caller. */
    public String rejectionOf(String header, byte[] body) {
        if (secrets.isEmpty()) {
            return "no webhook secret is configured on the server";
        }
        if (header == null || header.isBlank()) {
            return "missing " + HEADER + " header";
        }
        Long timestamp = null;
        List<byte[]> candidates = new ArrayList<>();
        for (String part : header.split(",")) {
            String item = part.strip();
            if (item.startsWith("t=")) {
                try {
                    timestamp = Long.parseLong(item.substring(2));
                } catch (NumberFormatException e) {
                    return "timestamp t= is not a number of seconds";
                }
            } else if (item.startsWith("v1=")) {
                try {
                    candidates.add(HexFormat.of().parseHex(item.substring(3)));
                } catch (IllegalArgumentException e) {
                    return "v1= is not hexadecimal";
                }
            }
        }
        if (timestamp == null || candidates.isEmpty()) {
            return HEADER + " must look like t=<unix seconds>,v1=<hex HMAC-SHA256>";
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > toleranceSeconds) {
            return "timestamp is more than " + toleranceSeconds + " s from the server clock";
        }
        boolean matched = false;
        for (byte[] secret : secrets) {
            byte[] expected = hmac(secret, timestamp, body);
            for (byte[] candidate : candidates) {
                // No early exit: the time taken must not tell which secret or candidate came close.
                matched |= MessageDigest.isEqual(expected, candidate);
            }
        }
        return matched ? null : "signature does not match the body";
    }

    private static byte[] hmac(byte[] secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

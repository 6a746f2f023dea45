package io.winback.messaging;

import io.winback.time.WallClock;
import io.winback.chain.Channel;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The token of an unsubscribe link: who (customer key) leaves which channel, and the day the link was issued,
 * signed with HMAC-SHA256 so nobody can unsubscribe someone else by editing a link. Format:
 * {@code base64url("v1.<channel>.<epoch day>.<customer key>") + "." + base64url(HMAC)}, URL-safe without escaping.
 *
 * <p>Links never expire: a customer may click one in a months-old email, and the law wants that to work. Several
 * secrets are accepted so they can be rotated: new tokens are signed with the first, and links already sent keep
 * working while an older secret stays in the list.
 */
public final class UnsubscribeTokens {
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final List<byte[]> secrets;
    private final Clock clock;

    public UnsubscribeTokens(List<String> secrets) {
        this(secrets, WallClock.utc());
    }

    public UnsubscribeTokens(List<String> secrets, Clock clock) {
        if (secrets.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("an unsubscribe secret is blank"); // HMAC with no key proves nothing
        }
        this.secrets = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.clock = clock;
    }

    /** Who a valid token unsubscribes, from what, and since which link. */
    public record Unsubscribe(String customerKey, Channel channel, LocalDate issuedOn) {
    }

    /** A token for {@code customerKey} leaving {@code channel}, signed with the first secret. */
    public String issue(String customerKey, Channel channel) {
        if (secrets.isEmpty()) {
            throw new IllegalStateException("no unsubscribe secret is configured");
        }
        if (customerKey == null || customerKey.isEmpty()) {
            throw new IllegalArgumentException("customer key is missing");
        }
        long day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
        byte[] payload = String.join(".", VERSION, channel.wireName(), Long.toString(day), customerKey)
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(hmac(secrets.get(0), payload));
    }

    /** The link a message carries: {@code baseUrl} is the public API's root, such as {@code https://api.example/}. */
    public static String link(String baseUrl, String token) {
        return baseUrl + (baseUrl.endsWith("/") ? "" : "/") + "v1/unsubscribe?token=" + token;
    }

    /** What {@code token} proves, or empty when it is forged, tampered with, truncated or not a token at all. */
    public Optional<Unsubscribe> verify(String token) {
        if (token == null || secrets.isEmpty()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        boolean matched = false;
        for (byte[] secret : secrets) {
            // No early exit: the time taken must not tell which secret came close.
            matched |= MessageDigest.isEqual(hmac(secret, payload), signature);
        }
        return matched ? parse(new String(payload, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Only signed payloads get here, but a payload of a future version must still not throw. */
    private static Optional<Unsubscribe> parse(String payload) {
        String[] parts = payload.split("\\.", 4);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Unsubscribe(parts[3], Channel.fromWireName(parts[1]),
                    LocalDate.ofEpochDay(Long.parseLong(parts[2]))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

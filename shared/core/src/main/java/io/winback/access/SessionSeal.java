package io.winback.access;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Seals the console's session cookie and derives its CSRF tokens. A session names the token it was opened with by a
 * keyed fingerprint (never the token) and when it expires, signed with HMAC-SHA256, so nothing is stored per session
 * and a token taken out of {@code API_TOKENS} ends its sessions at once. The key is derived from every API token, so
 * it needs no secret of its own; rotating any token signs everyone out, which is what a rotation is for.
 */
public final class SessionSeal {
    /** How long a sign-in lasts: a working day at the till and then some. */
    public static final Duration LIFETIME = Duration.ofHours(12);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final String VERSION = "s1";

    private final byte[] key;

    private SessionSeal(byte[] key) {
        this.key = key;
    }

    /** The seal keyed by {@code apiTokenEntries} as configured (order does not matter). */
    public static SessionSeal keyedBy(List<String> apiTokenEntries) {
        StringBuilder material = new StringBuilder("winback console session\n");
        apiTokenEntries.stream().sorted().forEach(entry -> material.append(entry).append('\n'));
        try {
            return new SessionSeal(MessageDigest.getInstance("SHA-256")
                    .digest(material.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** What stands for a token inside a session: keyed, so the cookie does not reveal or help guess the token. */
    public String fingerprint(byte[] token) {
        return URL.encodeToString(mac("token", token)).substring(0, 22);
    }

    /** The cookie value of a session opened now with the token of {@code fingerprint}. */
    public String seal(String fingerprint, Instant now) {
        String payload = VERSION + "." + fingerprint + "." + now.plus(LIFETIME).getEpochSecond();
        return payload + "." + URL.encodeToString(mac("session", payload.getBytes(StandardCharsets.UTF_8)));
    }

    /** The fingerprint a cookie value names, if it is ours, intact and not expired at {@code now}. */
    public Optional<String> open(String cookieValue, Instant now) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        int lastDot = cookieValue.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String payload = cookieValue.substring(0, lastDot);
        byte[] offered = cookieValue.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = URL.encodeToString(mac("session", payload.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, offered)) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        long expires;
        try {
            expires = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return now.getEpochSecond() < expires ? Optional.of(parts[1]) : Optional.empty();
    }

    /**
     * The CSRF token of every form shown under {@code binding} (the session's cookie value, or the fingerprint of the
     * token a script sent by HTTP Basic): a page of another site cannot read it, so it cannot post a form with it.
     */
    public String csrf(String binding) {
        return URL.encodeToString(mac("csrf", binding.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code offered} is the CSRF token of {@code binding}, compared in constant time. */
    public boolean csrfMatches(String binding, String offered) {
        return offered != null && MessageDigest.isEqual(csrf(binding).getBytes(StandardCharsets.US_ASCII),
                offered.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String purpose, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

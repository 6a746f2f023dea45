package io.winback.messages;

import io.winback.chain.Channel;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The token of an unsubscribe link: who (customer key) leaves which channel, and the day the link was issued. The
 * customer key is often a phone number and the link travels in every email (its footer, its List-Unsubscribe header,
 * past link scanners and proxies), so it is sealed: AES-GCM under a key derived from the secret, which both hides the
 * key and proves nobody edited the token to unsubscribe someone else. Format:
 * {@code base64url(nonce(12) || AES-GCM("<channel>.<epoch day>.<customer key>"))}, URL-safe without escaping, no dot.
 * The nonce is an HMAC of the content (a synthetic IV): the same link for the same customer, channel and day, and
 * never one nonce for two contents.
 *
 * <p>Links never expire: a customer may click one in a months-old email, and the law wants that to work. Several
 * secrets are accepted so they can be rotated: new tokens are sealed with the first, and links already sent keep
 * working while an older secret stays in the list. Links sent before tokens were sealed
 * ({@code base64url("v1.<channel>.<day>.<key>") + "." + base64url(HMAC)}, one dot) are still honoured.
 */
public final class UnsubscribeTokens {
    private static final String LEGACY_VERSION = "v1";
    private static final byte[] SEALED_VERSION = "unsubscribe-v2".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final List<byte[]> secrets;
    private final Clock clock;

    public UnsubscribeTokens(List<String> secrets, Clock clock) {
        if (secrets.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("an unsubscribe secret is blank"); // a key of nothing proves nothing
        }
        this.secrets = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.clock = clock;
    }

    /** Who a valid token unsubscribes, from what, and since which link. */
    public record Unsubscribe(String customerKey, Channel channel, LocalDate issuedOn) {
    }

    /** A token for {@code customerKey} leaving {@code channel}, sealed with the first secret. */
    public String issue(String customerKey, Channel channel) {
        if (secrets.isEmpty()) {
            throw new IllegalStateException("no unsubscribe secret is configured");
        }
        if (customerKey == null || customerKey.isEmpty()) {
            throw new IllegalArgumentException("customer key is missing");
        }
        long day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
        byte[] content = String.join(".", channel.wireName(), Long.toString(day), customerKey)
                .getBytes(StandardCharsets.UTF_8);
        byte[] secret = secrets.getFirst();
        byte[] nonce = Arrays.copyOf(hmac(derived(secret, "nonce"), content), NONCE_BYTES);
        byte[] sealed = gcm(Cipher.ENCRYPT_MODE, secret, nonce, content);
        byte[] token = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, token, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, token, NONCE_BYTES, sealed.length);
        return ENCODER.encodeToString(token);
    }

    /** The link a message carries: {@code baseUrl} is the public API's root, such as {@code https://api.example/}. */
    public static String link(String baseUrl, String token) {
        return baseUrl + (baseUrl.endsWith("/") ? "" : "/") + "v1/unsubscribe?token=" + token;
    }

    /** What {@code token} proves, or empty when it is forged, tampered with, truncated or not a token at all. */
    public Optional<Unsubscribe> verify(String token) {
        if (token == null || secrets.isEmpty() || token.isEmpty()) {
            return Optional.empty();
        }
        return token.indexOf('.') >= 0 ? verifyLegacy(token) : verifySealed(token);
    }

    private Optional<Unsubscribe> verifySealed(String token) {
        byte[] bytes = canonical(token);
        if (bytes == null || bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        for (byte[] secret : secrets) {
            try {
                byte[] content = gcm(Cipher.DECRYPT_MODE, secret, nonce, sealed);
                String[] parts = new String(content, StandardCharsets.UTF_8).split("\\.", 3);
                return parts.length == 3 ? unsubscribe(parts[2], parts[0], parts[1]) : Optional.empty();
            } catch (SealBroken wrongSecretOrEdited) {
                // try the next secret
            }
        }
        return Optional.empty();
    }

    private Optional<Unsubscribe> verifyLegacy(String token) {
        int dot = token.indexOf('.');
        if (dot < 1 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload = canonical(token.substring(0, dot));
        byte[] signature = canonical(token.substring(dot + 1));
        if (payload == null || signature == null) {
            return Optional.empty();
        }
        boolean matched = false;
        for (byte[] secret : secrets) {
            // No early exit: the time taken must not tell which secret came close.
            matched |= MessageDigest.isEqual(hmac(secret, payload), signature);
        }
        if (!matched) {
            return Optional.empty();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\.", 4);
        return parts.length == 4 && LEGACY_VERSION.equals(parts[0]) ? unsubscribe(parts[3], parts[1], parts[2])
                : Optional.empty();
    }

    /**
     * The bytes of {@code text} only if it is exactly how they are written (unpadded base64url): the decoder would
     * also take padding and ignore the spare bits of the last character, so an edited token would still verify.
     */
    private static byte[] canonical(String text) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            return ENCODER.encodeToString(bytes).equals(text) ? bytes : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** Only authenticated contents get here, but one of a future version must still not throw. */
    private static Optional<Unsubscribe> unsubscribe(String customerKey, String channel, String epochDay) {
        if (customerKey.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Unsubscribe(customerKey, Channel.fromWireName(channel),
                    LocalDate.ofEpochDay(Long.parseLong(epochDay))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** A key of its own for each use of the secret: the sealing key and the nonce key never coincide. */
    private static byte[] derived(byte[] secret, String use) {
        return hmac(secret, ("winback-unsubscribe-" + use).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gcm(int mode, byte[] secret, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(Arrays.copyOf(derived(secret, "key"), 16), "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(SEALED_VERSION);
            return cipher.doFinal(input);
        } catch (AEADBadTagException edited) {
            throw new SealBroken();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The token was not sealed with this secret, or was edited since. */
    private static final class SealBroken extends RuntimeException {
        SealBroken() {
            super(null, null, false, false);
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

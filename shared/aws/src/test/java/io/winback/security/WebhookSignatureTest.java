package io.winback.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WebhookSignatureTest {
    private static final long NOW = 1_763_636_700L;
    private static final byte[] BODY = "{\"saleId\":\"s1\"}".getBytes(StandardCharsets.UTF_8);
    private final WebhookSignature verifier = new WebhookSignature(List.of("new-secret", "old-secret"), 300,
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void bodySignedWithEitherSecretDuringRotationIsAccepted() {
        assertNull(verifier.rejectionOf(WebhookSignature.sign("new-secret", NOW, BODY), BODY));
        assertNull(verifier.rejectionOf(WebhookSignature.sign("old-secret", NOW - 299, BODY), BODY));
    }

    @Test
    void knownVectorMatchesOpenssl() {
        // printf '1763636700.{"saleId":"s1"}' | openssl dgst -sha256 -hmac new-secret
        assertEquals("t=1763636700,v1=" + hex("new-secret"), WebhookSignature.sign("new-secret", NOW, BODY));
    }

    @Test
    void staleWrongOrMissingSignaturesAreRefusedWithAReason() {
        assertEquals("timestamp is more than 300 s from the server clock",
                verifier.rejectionOf(WebhookSignature.sign("new-secret", NOW - 301, BODY), BODY));
        assertEquals("signature does not match the body",
                verifier.rejectionOf(WebhookSignature.sign("unknown", NOW, BODY), BODY));
        assertEquals("signature does not match the body",
                verifier.rejectionOf(WebhookSignature.sign("new-secret", NOW, BODY), "{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("missing X-Winback-Signature header", verifier.rejectionOf(null, BODY));
        assertEquals("X-Winback-Signature must look like t=<unix seconds>,v1=<hex HMAC-SHA256>",
                verifier.rejectionOf("v1=abcd", BODY));
    }

    private static String hex(String secret) {
        try {
            Process p = new ProcessBuilder("openssl", "dgst", "-sha256", "-hmac", secret).start();
            p.getOutputStream().write((NOW + ".").getBytes(StandardCharsets.US_ASCII));
            p.getOutputStream().write(BODY);
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            p.waitFor();
            return out.substring(out.lastIndexOf(' ') + 1);
        } catch (Exception e) {
            throw new IllegalStateException("openssl is needed for this vector", e);
        }
    }
}

package io.winback.messages;

import io.winback.chain.Channel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsubscribeTokensCannotBeForgedTest {
    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T21:30:00Z"), ZoneOffset.UTC);
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(List.of("new-secret", "old-secret"), NOV_24);

    @Test
    void aTokenNamesTheCustomerTheChannelAndTheDayItWasIssued() {
        String token = tokens.issue("+79161234567", Channel.SMS);

        assertEquals(Optional.of(new UnsubscribeTokens.Unsubscribe("+79161234567", Channel.SMS,
                LocalDate.of(2026, 11, 24))), tokens.verify(token));
        assertEquals(Channel.EMAIL, tokens.verify(tokens.issue("anna.k@example.com", Channel.EMAIL))
                .orElseThrow().channel());
    }

    @Test
    void aTokenNeedsNoEscapingInALink() {
        String token = tokens.issue("C-1001/ä?&=+ #", Channel.EMAIL);

        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals("https://api.winback.example/v1/unsubscribe?token=" + token,
                UnsubscribeTokens.link("https://api.winback.example/", token));
        assertEquals("https://api.winback.example/v1/unsubscribe?token=" + token,
                UnsubscribeTokens.link("https://api.winback.example", token));
        assertEquals("C-1001/ä?&=+ #", tokens.verify(token).orElseThrow().customerKey());
    }

    @Test
    void aTokenCarriesNoContactDetailInTheLink() {
        String token = tokens.issue("+79161234567", Channel.SMS);
        String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.ISO_8859_1);

        assertFalse(token.contains("79161234567") || decoded.contains("79161234567"), token);
        assertFalse(token.contains(payload("+79161234567").substring(0, 12)), "not the phone in base64 either");
        assertEquals(token, tokens.issue("+79161234567", Channel.SMS), "the same link for the same day");
        assertNotEquals(token, tokens.issue("+79161234568", Channel.SMS));
    }

    @Test
    void anEditedTokenIsRefusedAtEveryPosition() {
        String token = tokens.issue("C-1001", Channel.EMAIL);

        for (int at = 0; at < token.length(); at++) {
            for (char to : new char[]{'A', 'B', 'Q', 'R', '-', '_'}) {
                if (token.charAt(at) != to) {
                    String edited = token.substring(0, at) + to + token.substring(at + 1);
                    assertEquals(Optional.empty(), tokens.verify(edited), "edited at " + at + " to " + to);
                }
            }
        }
        assertEquals(Optional.empty(), tokens.verify(token.substring(0, token.length() - 4)), "cut short");
        assertEquals(Optional.empty(), tokens.verify(token + "="), "padded");
        assertEquals(Optional.empty(), tokens.verify(token + "=="), "padded");
    }

    @Test
    void aLinkSentBeforeTokensWereSealedStillUnsubscribesAndAnEditedOneDoesNot() throws Exception {
        String legacy = legacy("new-secret", "v1.email.20781.C-1001");

        assertEquals(Optional.of(new UnsubscribeTokens.Unsubscribe("C-1001", Channel.EMAIL,
                LocalDate.ofEpochDay(20781))), tokens.verify(legacy));
        String signature = legacy.substring(legacy.indexOf('.'));
        assertEquals(Optional.empty(), tokens.verify(payload("v1.email.20781.C-1002") + signature));
        assertEquals(Optional.empty(), tokens.verify(payload("v1.sms.20781.C-1001") + signature));
        assertEquals(Optional.empty(), tokens.verify(legacy("guessed", "v1.email.20781.C-1001")));
    }

    @Test
    void aTokenSignedWithAnUnknownSecretIsRefused() {
        String forged = new UnsubscribeTokens(List.of("guessed"), NOV_24).issue("C-1001", Channel.EMAIL);

        assertEquals(Optional.empty(), tokens.verify(forged));
    }

    @Test
    void garbageIsRefusedWithoutAnException() {
        for (String garbage : new String[]{null, "", ".", "a.b", "a.b.c", "!!!.???", "v1.email.1.C-1",
                payload("v1.email.1.C-1") + ".", "." + payload("x"), payload("v2.email.1.C-1") + ".AAAA"}) {
            assertEquals(Optional.empty(), tokens.verify(garbage), String.valueOf(garbage));
        }
    }

    @Test
    void linksSignedWithTheOldSecretStillWorkAndNewOnesUseTheFirst() {
        String oldLink = new UnsubscribeTokens(List.of("old-secret"), NOV_24).issue("C-1001", Channel.SMS);
        assertTrue(tokens.verify(oldLink).isPresent());

        String newLink = tokens.issue("C-1001", Channel.SMS);
        assertNotEquals(oldLink, newLink);
        assertTrue(new UnsubscribeTokens(List.of("new-secret"), NOV_24).verify(newLink).isPresent());
        assertFalse(new UnsubscribeTokens(List.of("old-secret"), NOV_24).verify(newLink).isPresent());
    }

    @Test
    void withoutASecretNothingIsIssuedAndNothingVerifies() {
        UnsubscribeTokens none = new UnsubscribeTokens(List.of(), NOV_24);

        assertThrows(IllegalStateException.class, () -> none.issue("C-1001", Channel.EMAIL));
        assertEquals(Optional.empty(), none.verify(tokens.issue("C-1001", Channel.EMAIL)));
        assertThrows(IllegalArgumentException.class, () -> new UnsubscribeTokens(List.of("ok", " "), NOV_24));
    }

    /** A link as Winback signed them before tokens were sealed: payload and HMAC, base64url, joined by a dot. */
    private static String legacy(String secret, String payload) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        return payload(payload) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private static String payload(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

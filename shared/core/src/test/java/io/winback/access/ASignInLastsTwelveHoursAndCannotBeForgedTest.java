package io.winback.access;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session opened at 9:00 is good until 21:00 and not a second longer; a cookie edited by hand, sealed under other
 * tokens or with its expiry moved is nobody's; a form's CSRF token is good only with the session it was shown in.
 */
class ASignInLastsTwelveHoursAndCannotBeForgedTest {
    private static final Instant NINE = Instant.parse("2026-12-07T06:00:00Z");
    private final SessionSeal seal = SessionSeal.keyedBy(List.of("owner:boss", "staff@moscow-1:till"));

    @Test
    void aSessionIsGoodForTwelveHours() {
        String fingerprint = seal.fingerprint("till".getBytes(StandardCharsets.UTF_8));
        String cookie = seal.seal(fingerprint, NINE);
        assertEquals(Optional.of(fingerprint), seal.open(cookie, NINE.plusSeconds(12 * 3600 - 1)));
        assertEquals(Optional.empty(), seal.open(cookie, NINE.plusSeconds(12 * 3600)));
        assertFalse(cookie.contains("till"), "the cookie does not carry the token");
    }

    @Test
    void anEditedOrForeignCookieIsNobodys() {
        String cookie = seal.seal(seal.fingerprint("till".getBytes(StandardCharsets.UTF_8)), NINE);
        String[] parts = cookie.split("\\.");
        String later = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400) + "." + parts[3];
        assertEquals(Optional.empty(), seal.open(later, NINE), "an expiry moved by hand");
        assertEquals(Optional.empty(), seal.open(cookie.substring(0, cookie.length() - 2) + "xx", NINE));
        SessionSeal rotated = SessionSeal.keyedBy(List.of("owner:boss-2", "staff@moscow-1:till"));
        assertEquals(Optional.empty(), rotated.open(cookie, NINE), "rotating a token signs everyone out");
        assertEquals(seal.fingerprint("x".getBytes(StandardCharsets.UTF_8)),
                SessionSeal.keyedBy(List.of("staff@moscow-1:till", "owner:boss")).fingerprint(
                        "x".getBytes(StandardCharsets.UTF_8)), "the order of the tokens does not matter");
        assertEquals(Optional.empty(), seal.open("garbage", NINE));
        assertEquals(Optional.empty(), seal.open(null, NINE));
    }

    @Test
    void aFormsTokenIsGoodOnlyWithItsOwnSession() {
        String one = seal.seal(seal.fingerprint("till".getBytes(StandardCharsets.UTF_8)), NINE);
        String two = seal.seal(seal.fingerprint("till".getBytes(StandardCharsets.UTF_8)), NINE.plusSeconds(1));
        String csrf = seal.csrf(one);
        assertTrue(seal.csrfMatches(one, csrf));
        assertFalse(seal.csrfMatches(two, csrf), "another session's form");
        assertFalse(seal.csrfMatches(one, "forged"));
        assertFalse(seal.csrfMatches(one, null));
        assertNotEquals(seal.csrf(one), seal.csrf(two));
    }
}

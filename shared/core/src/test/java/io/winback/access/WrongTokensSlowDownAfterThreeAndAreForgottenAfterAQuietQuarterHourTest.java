package io.winback.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three wrong tokens cost nothing; the fourth attempt waits 2 s after the third, the fifth 4 s after the fourth, and
 * so on up to 5 minutes; a quarter of an hour without a try starts afresh.
 */
class WrongTokensSlowDownAfterThreeAndAreForgottenAfterAQuietQuarterHourTest {
    private static final Instant LAST = Instant.parse("2026-12-07T06:00:00Z");
    private final SignInThrottle throttle = SignInThrottle.DEFAULT;

    @Test
    void theWaitDoublesAfterTheFreeAttemptsUpToFiveMinutes() {
        assertEquals(Duration.ZERO, throttle.waitBefore(new SignInThrottle.Failures(2, LAST), LAST));
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore(new SignInThrottle.Failures(3, LAST), LAST));
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore(new SignInThrottle.Failures(3, LAST),
                LAST.plusSeconds(1)), "counted from the last failure");
        assertEquals(Duration.ZERO, throttle.waitBefore(new SignInThrottle.Failures(3, LAST), LAST.plusSeconds(2)));
        assertEquals(Duration.ofSeconds(4), throttle.waitBefore(new SignInThrottle.Failures(4, LAST), LAST));
        assertEquals(Duration.ofSeconds(256), throttle.waitBefore(new SignInThrottle.Failures(10, LAST), LAST));
        assertEquals(Duration.ofMinutes(5), throttle.waitBefore(new SignInThrottle.Failures(11, LAST), LAST));
        assertEquals(Duration.ofMinutes(5), throttle.waitBefore(new SignInThrottle.Failures(500, LAST), LAST));
    }

    @Test
    void aQuietQuarterHourIsAFreshStart() {
        SignInThrottle.Failures many = new SignInThrottle.Failures(9, LAST);
        assertFalse(throttle.forgotten(many, LAST.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertTrue(throttle.forgotten(many, LAST.plus(Duration.ofMinutes(15))));
        assertEquals(Duration.ZERO, throttle.waitBefore(many, LAST.plus(Duration.ofMinutes(15))));
        assertTrue(throttle.forgotten(SignInThrottle.Failures.NONE, LAST));
    }
}

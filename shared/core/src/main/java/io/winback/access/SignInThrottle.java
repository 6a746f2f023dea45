package io.winback.access;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated wrong tokens on the sign-in form slow down: the first {@code freeAttempts} failures cost nothing (a
 * typo, a token pasted with a space); after them each attempt must wait twice as long as the last, from
 * {@code firstWait} up to {@code longestWait}, counted from the last failure; a source quiet for {@code forgetAfter}
 * starts afresh. The wait is answered at once ("try again in N s"), never slept through: a guesser gains nothing by
 * holding a connection, and the function costs nothing while it waits.
 */
public record SignInThrottle(int freeAttempts, Duration firstWait, Duration longestWait, Duration forgetAfter) {
    public static final SignInThrottle DEFAULT = new SignInThrottle(3, Duration.ofSeconds(2), Duration.ofMinutes(5),
            Duration.ofMinutes(15));

    /** A source's failures so far: how many, and the last one's time (null: none). */
    public record Failures(int count, Instant last) {
        public static final Failures NONE = new Failures(0, null);
    }

    /** How long {@code failures} make an attempt at {@code now} wait; zero when it may be tried now. */
    public Duration waitBefore(Failures failures, Instant now) {
        if (failures.last() == null || failures.count() < freeAttempts
                || !now.isBefore(failures.last().plus(forgetAfter))) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - freeAttempts, 20);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        if (wait.compareTo(longestWait) > 0) {
            wait = longestWait;
        }
        Duration left = Duration.between(now, failures.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether {@code failures} are old enough to be forgotten at {@code now}. */
    public boolean forgotten(Failures failures, Instant now) {
        return failures.last() == null || !now.isBefore(failures.last().plus(forgetAfter));
    }
}

package io.winback.retry;

import java.util.concurrent.ThreadLocalRandom;

/** Pauses before a retry: random ("full jitter"), so callers that collided once spread apart rather than collide again. */
public final class Backoff {
    private Backoff() {
    }

    /**
     * Sleeps between 1 ms and {@code baseMillis × 2^attempt} (the exponent capped at 6). An interrupt is kept on the
     * thread and ends the retrying: {@code retrying} names what was being retried in the exception.
     */
    public static void pause(int attempt, long baseMillis, String retrying) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, baseMillis << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + retrying, e);
        }
    }
}

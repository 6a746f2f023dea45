package io.winback.worker;

/**
 * Keeps one worker instance under {@code perSecond} sends, so that the reserved concurrency times this rate stays
 * within the SES and SNS account limits.
 */
final class SendPacer {
    private final long intervalNanos;
    private long next = System.nanoTime();

    SendPacer(double perSecond) {
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
    }

    synchronized void awaitTurn() {
        long now = System.nanoTime();
        long wait = next - now;
        next = Math.max(now, next) + intervalNanos;
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pacing sends", e);
            }
        }
    }
}

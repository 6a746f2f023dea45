package io.winback.local;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The chain worker's wall clock in the local system: the time of the last scheduler tick. Locally you move time
 * yourself, day by day; quiet hours and the like are then judged at the day you ticked, not at the hour you happen
 * to be trying it.
 */
final class TickClock extends Clock {
    private volatile Instant now = Instant.now();

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}

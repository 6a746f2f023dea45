package io.winback.chain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * At most {@code maxTouches} touches per customer in any {@code window}, across every chain and trigger (default 2
 * in 7 days). A capped step is deferred to the moment the oldest touch in the window leaves it, never dropped.
 */
public record FrequencyCap(int maxTouches, Duration window) {

    /** {@code now} if a touch may go out now, else the first instant it may. */
    public Instant nextAllowed(Collection<Instant> earlierTouches, Instant now) {
        List<Instant> inWindow = earlierTouches.stream()
                .filter(t -> !t.isAfter(now) && t.isAfter(now.minus(window)))
                .sorted().toList();
        if (inWindow.size() < maxTouches) {
            return now;
        }
        // The touch that must leave the window before another fits.
        return inWindow.get(inWindow.size() - maxTouches).plus(window);
    }
}

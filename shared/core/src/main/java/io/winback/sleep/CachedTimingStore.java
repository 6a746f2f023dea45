package io.winback.sleep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What is in force, read once per {@link #FRESH_FOR} and kept in between, so the stream, the API and the worker time
 * every card without a read per record, and a refit reaches them within minutes. The report is read through.
 */
public final class CachedTimingStore implements TimingStore {
    /** How long a container keeps what it read: a refit reaches every function within this. */
    public static final Duration FRESH_FOR = Duration.ofMinutes(5);
    private final TimingStore store;
    private final Clock clock;
    private volatile Read last;

    private record Read(TimingInForce inForce, Instant at) {
    }

    public CachedTimingStore(TimingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public TimingInForce current() {
        Instant now = clock.instant();
        Read read = last;
        if (read == null || !now.isBefore(read.at().plus(FRESH_FOR)) || now.isBefore(read.at())) {
            read = new Read(store.current(), now);
            last = read;
        }
        return read.inForce();
    }

    @Override
    public Optional<TimingReport> report() {
        return store.report();
    }

    @Override
    public void store(TimingInForce inForce, TimingReport report) {
        store.store(inForce, report);
        last = null;
    }
}

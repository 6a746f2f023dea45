package io.winback.sleep;

import java.util.Optional;

/** The timing in force held in memory: for tests, and the playbook wherever no stored timing is wired. */
public final class InMemoryTimingStore implements TimingStore {
    private volatile TimingInForce inForce = TimingInForce.NONE;
    private volatile TimingReport report;

    public InMemoryTimingStore() {
    }

    public InMemoryTimingStore(TimingInForce inForce) {
        this.inForce = inForce;
    }

    @Override
    public TimingInForce current() {
        return inForce;
    }

    @Override
    public Optional<TimingReport> report() {
        return Optional.ofNullable(report);
    }

    @Override
    public void store(TimingInForce newInForce, TimingReport newReport) {
        this.report = newReport;
        this.inForce = newInForce;
    }
}

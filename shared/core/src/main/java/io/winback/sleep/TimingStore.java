package io.winback.sleep;

import java.util.Optional;

/** Where the timing job keeps what it decided and the evidence (one small item; read often, written once a run). */
public interface TimingStore {

    /** What is in force now; {@link TimingInForce#NONE} before the job first ran. */
    TimingInForce current();

    /** The last run's report (backtest figures, parameters, why); empty before the job first ran. */
    Optional<TimingReport> report();

    /** Puts the decision and its report in force together. */
    void store(TimingInForce inForce, TimingReport report);
}

package io.winback.tasks;

import io.winback.domain.PurchaseBand;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The call counters, kept per day the customers entered, chain, step and purchase band: added to in the same write
 * that opens or closes a task ({@link CallTasks}), read by the campaign report, which sums the days of its period
 * instead of reading every task.
 */
public interface CountedCalls {

    /** Hands over the counters of every day from {@code from} to {@code to} (both included). */
    void forEach(LocalDate from, LocalDate to, Consumer<DayCalls> visit);

    /**
     * The calls of the episodes that entered {@code chainId} on {@code enteredOn}, opened at {@code step}
     * (0-based), of customers in {@code band} (null: not known).
     */
    record DayCalls(LocalDate enteredOn, String chainId, int step, PurchaseBand band, CallCounts counts) {
    }
}

package io.winback.chain;

import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;
import io.winback.tasks.CallTasks;

/**
 * TEMPORARY: the four ports of the chains' records in one, for the chain worker only, until its steps are rewritten
 * to take the narrow ports they use ({@link Episodes}, {@link Touches}, {@link CallTasks}, {@link ConsentLedger}).
 * Nothing else may depend on it; delete it when the worker no longer does.
 */
public interface ReactivationStore extends Episodes, Touches, CallTasks, ConsentLedger {

    /** The worker's name for {@link ConsentLedger#record}. */
    default void recordConsent(ConsentChange change) {
        record(change);
    }
}

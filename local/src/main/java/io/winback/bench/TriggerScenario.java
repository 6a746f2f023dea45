package io.winback.bench;

import io.winback.chain.Chain;
import io.winback.config.WinbackConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.LocalDate;

/**
 * One trigger as the bench measures the daily check for it: the chain that makes the check look for its occasions,
 * and a shop of customers of whom a known number are due on the run's day. A trigger added to the engine
 * (replenishment, cross-sell) is measured by one more implementation, listed in {@link TriggersBench#SCENARIOS}.
 */
interface TriggerScenario {
    /** The trigger's key in the results: {@code triggers.<name>.…}. */
    String name();

    /** The chain in force while the check runs. */
    Chain chain();

    /**
     * Writes customers {@code from} … {@code to - 1} (and whatever index items the trigger keeps beside them)
     * straight to the tables, as the stats function would have left them; those numbered below {@code due} are due
     * on {@code runDay}, the others on no day near it. Setup, not measured: only its speed matters.
     */
    void seed(DynamoDbClient dynamo, WinbackConfig config, LocalDate runDay, int from, int to, int due)
            throws Exception;
}

package io.winback.config;

import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoTimingStore;
import io.winback.sleep.CachedTimingStore;
import io.winback.sleep.SleepRuleInForce;
import io.winback.sleep.TimingStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * How every function that writes or shows a card learns which sleep timing is in force (issue #26): the one place the
 * timing job's store is wired, and the cache each container reads it through.
 */
public final class StoredTiming {
    private StoredTiming() {
    }

    /** Where the timing job keeps what it put in force: the chains table's {@code timing} items. */
    public static TimingStore of(DynamoDbClient dynamo, WinbackConfig config) {
        return new DynamoTimingStore(dynamo, config.chains().chainsTable(), CapacityMeter.NONE, "timing");
    }

    /**
     * The sleep rule a long-lived handler holds: {@code stored} read at most once per
     * {@link CachedTimingStore#FRESH_FOR} (a refit reaches the function within that), the configured playbook
     * otherwise and as the model's floor.
     */
    public static SleepRuleInForce rule(TimingStore stored, WinbackConfig config, Clock clock) {
        // A cache handed in is shared (the local runner's functions, one process): the job's store reaches them all.
        return new SleepRuleInForce(stored instanceof CachedTimingStore shared ? shared
                : new CachedTimingStore(stored, clock), config.sleep());
    }
}

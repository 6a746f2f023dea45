package io.winback.config;

import io.winback.sleep.CachedTimingStore;
import io.winback.sleep.InMemoryTimingStore;
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

    /**
     * Where the timing job keeps what it put in force. Until its Dynamo adapter (the chains table's {@code timing}
     * item) is wired here, nothing is stored and the playbook stays in force.
     */
    public static TimingStore of(DynamoDbClient dynamo, WinbackConfig config) {
        return new InMemoryTimingStore();
    }

    /**
     * The sleep rule a long-lived handler holds: {@code stored} read at most once per
     * {@link CachedTimingStore#FRESH_FOR} (a refit reaches the function within that), the configured playbook
     * otherwise and as the model's floor.
     */
    public static SleepRuleInForce rule(TimingStore stored, WinbackConfig config, Clock clock) {
        return new SleepRuleInForce(new CachedTimingStore(stored, clock), config.sleep());
    }
}

package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Sums the capacity units DynamoDB reports for every request (ReturnConsumedCapacity=INDEXES), per purpose and
 * per table or index, so the cost of one sale is measured rather than guessed.
 */
public final class CapacityMeter {
    /** A meter that keeps nothing, for production handlers. */
    public static final CapacityMeter NONE = new CapacityMeter(false);

    private final boolean enabled;
    private final Map<String, DoubleAdder> units = new ConcurrentHashMap<>();

    private CapacityMeter(boolean enabled) {
        this.enabled = enabled;
    }

    public static CapacityMeter recording() {
        return new CapacityMeter(true);
    }

    public void record(String purpose, ConsumedCapacity consumed) {
        if (!enabled || consumed == null) {
            return;
        }
        add(purpose + ".read.total", consumed.readCapacityUnits());
        add(purpose + ".write.total", consumed.writeCapacityUnits());
        if (consumed.globalSecondaryIndexes() != null) {
            for (Map.Entry<String, Capacity> index : consumed.globalSecondaryIndexes().entrySet()) {
                add(purpose + ".write.index." + index.getKey(), index.getValue().writeCapacityUnits());
            }
        }
    }

    /** Sums so far, e.g. {@code ingest.write.total}, {@code stats.read.total}, {@code ingest.write.index.byCustomer}. */
    public Map<String, Double> snapshot() {
        Map<String, Double> copy = new java.util.TreeMap<>();
        units.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }

    private void add(String key, Double value) {
        if (value != null) {
            units.computeIfAbsent(key, k -> new DoubleAdder()).add(value);
        }
    }
}

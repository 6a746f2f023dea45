package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

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

    /**
     * What a request asks DynamoDB to report: each index's share when this meter keeps figures, nothing when it
     * does not. A production handler then neither receives nor parses capacity it would throw away (the response
     * classes for it cost a cold start some milliseconds).
     */
    public ReturnConsumedCapacity perIndex() {
        return enabled ? ReturnConsumedCapacity.INDEXES : ReturnConsumedCapacity.NONE;
    }

    /** As {@link #perIndex()}, for requests whose total is enough (reads). */
    public ReturnConsumedCapacity total() {
        return enabled ? ReturnConsumedCapacity.TOTAL : ReturnConsumedCapacity.NONE;
    }

    /** A write request's capacity: the request's total, the table's share, and each index's share. */
    public void recordWrite(String purpose, ConsumedCapacity consumed) {
        record(purpose + ".write", consumed);
    }

    public void recordRead(String purpose, ConsumedCapacity consumed) {
        record(purpose + ".read", consumed);
    }

    private void record(String prefix, ConsumedCapacity consumed) {
        if (!enabled || consumed == null) {
            return;
        }
        // DynamoDB fills CapacityUnits; the read/write split is implied by the request, so it is the caller's.
        add(prefix + ".total", consumed.capacityUnits());
        if (consumed.table() != null) {
            add(prefix + ".table", consumed.table().capacityUnits());
        }
        if (consumed.globalSecondaryIndexes() != null) {
            for (Map.Entry<String, Capacity> index : consumed.globalSecondaryIndexes().entrySet()) {
                add(prefix + ".index." + index.getKey(), index.getValue().capacityUnits());
            }
        }
    }

    /** Sums so far, e.g. {@code ingest.write.total}, {@code ingest.write.table}, {@code ingest.write.index.byCustomer}, {@code stats.read.total}. */
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

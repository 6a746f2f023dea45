package io.winback.dynamo;

import io.winback.segment.FillProgress;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The fill of a version of the segment definitions in the Chains table: {@code segfill#<version>} / {@code part#07}
 * holds a part's cursor (absent at its start), how many customers it evaluated and whether it is done, so the
 * progress is one Query of sixteen small items and a page moves its part on only from where it started.
 */
public final class DynamoFillProgress implements FillProgress {
    static final String CURSOR = "cursor";
    static final String EVALUATED = "evaluated";
    static final String DONE = "done";
    static final String STARTED_AT = "startedAt";
    static final String UPDATED_AT = "updatedAt";

    private final MeteredChainsTable chains;

    public DynamoFillProgress(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

    static String pk(int version) {
        return "segfill#" + version;
    }

    static Map<String, AttributeValue> key(int version, int part) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(pk(version)),
                ChainsTable.SK, AttributeValue.fromS(String.format("part#%02d", part)));
    }

    @Override
    public void start(int configurationVersion, int parts, Instant at) {
        for (int part = 0; part < parts; part++) {
            Map<String, AttributeValue> item = new HashMap<>(key(configurationVersion, part));
            item.put(EVALUATED, AttributeValue.fromN("0"));
            item.put(DONE, AttributeValue.fromBool(false));
            item.put(STARTED_AT, AttributeValue.fromS(at.toString()));
            chains.putIfAbsent(item);
        }
    }

    @Override
    public boolean advance(int configurationVersion, int part, String from, String to, int evaluated, Instant at) {
        Map<String, String> names = new HashMap<>(Map.of("#cursor", CURSOR, "#evaluated", EVALUATED, "#done", DONE,
                "#at", UPDATED_AT));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":n", AttributeValue.fromN(Integer.toString(evaluated)),
                ":done", AttributeValue.fromBool(to == null), ":at", AttributeValue.fromS(at.toString()),
                ":no", AttributeValue.fromBool(false)));
        String set = "SET #done = :done, #at = :at ADD #evaluated :n";
        if (to != null) {
            set = "SET #done = :done, #at = :at, #cursor = :to ADD #evaluated :n";
            values.put(":to", AttributeValue.fromS(to));
        } else {
            set += " REMOVE #cursor";
        }
        String condition = "#done = :no AND " + (from == null ? "attribute_not_exists(#cursor)" : "#cursor = :from");
        if (from != null) {
            values.put(":from", AttributeValue.fromS(from));
        }
        String update = set;
        try {
            chains.dynamo().updateItem(b -> b.tableName(chains.table()).key(key(configurationVersion, part))
                    .updateExpression(update).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException alreadyDone) {
            return false;
        }
    }

    @Override
    public Progress of(int configurationVersion) {
        var parts = chains.partitionOf(pk(configurationVersion), "part#");
        if (parts.isEmpty()) {
            return Progress.NONE;
        }
        int done = 0;
        long evaluated = 0;
        Instant started = null;
        Instant finished = null;
        for (Map<String, AttributeValue> part : parts) {
            evaluated += Long.parseLong(part.get(EVALUATED).n());
            Instant partStart = Instant.parse(part.get(STARTED_AT).s());
            started = started == null || partStart.isBefore(started) ? partStart : started;
            if (Boolean.TRUE.equals(part.get(DONE).bool())) {
                done++;
                Instant partEnd = Instant.parse(part.get(UPDATED_AT).s());
                finished = finished == null || partEnd.isAfter(finished) ? partEnd : finished;
            }
        }
        return new Progress(parts.size(), done, evaluated, started, done == parts.size() ? finished : null);
    }
}

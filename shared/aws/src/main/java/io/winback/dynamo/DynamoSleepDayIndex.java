package io.winback.dynamo;

import io.winback.http.report.ReportCursor;
import io.winback.report.SleepDayIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who falls asleep on a day, from two sparse, sharded indexes of the Customers table: {@code bySleepAt} holds the
 * sleep days still to decide, {@code bySleepDecision} the day of each customer's last decision. A customer is in at
 * most one of them for a given day (undecided for it, or decided for it), so the two never list one twice. The
 * list is read source by source (index × shard, 32 in all), each a Query with an equality on the day, so a page
 * costs what it returns plus at most one empty Query per source passed; the cursor names the source and DynamoDB's
 * last evaluated key.
 */
public final class DynamoSleepDayIndex implements SleepDayIndex {
    private static final String SOURCE = "source";
    private static final String KEY = "k.";
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;
    private final List<Source> sources = new ArrayList<>();

    private record Source(String index, String shardAttribute, String dayAttribute, String shard) {
        List<String> keyNames() {
            return List.of(CustomerItems.CUSTOMER_KEY, shardAttribute, dayAttribute);
        }
    }

    public DynamoSleepDayIndex(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
        for (int shard = 0; shard < CustomerItems.SLEEP_SHARDS; shard++) {
            sources.add(new Source(TableDefinitions.CUSTOMERS_BY_SLEEP_AT, CustomerItems.SLEEP_SHARD,
                    CustomerItems.SLEEP_AT, Integer.toString(shard)));
        }
        for (int shard = 0; shard < CustomerItems.SLEEP_SHARDS; shard++) {
            sources.add(new Source(TableDefinitions.CUSTOMERS_BY_SLEEP_DECISION, CustomerItems.SLEEP_DECIDED_SHARD,
                    CustomerItems.SLEEP_DECIDED_DAY, Integer.toString(shard)));
        }
    }

    @Override
    public Page page(LocalDate day, int limit, String cursor) {
        String list = "sleeping|" + day;
        int sourceNo = 0;
        Map<String, AttributeValue> startKey = null;
        if (cursor != null) {
            Map<String, String> position = ReportCursor.decode(cursor, list);
            sourceNo = sourceOf(position);
            startKey = startKey(position, sources.get(sourceNo), day);
        }
        List<String> keys = new ArrayList<>();
        while (sourceNo < sources.size()) {
            Source source = sources.get(sourceNo);
            Map<String, AttributeValue> start = startKey;
            int wanted = limit - keys.size();
            var response = dynamo.query(b -> b.tableName(table).indexName(source.index())
                    .keyConditionExpression("#shard = :shard AND #day = :day")
                    .expressionAttributeNames(Map.of("#shard", source.shardAttribute(), "#day", source.dayAttribute()))
                    .expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(source.shard()),
                            ":day", AttributeValue.fromS(day.toString())))
                    .exclusiveStartKey(start).limit(wanted)
                    .returnConsumedCapacity(meter.total()));
            meter.recordRead(purpose, response.consumedCapacity());
            response.items().forEach(item -> keys.add(item.get(CustomerItems.CUSTOMER_KEY).s()));
            boolean sourceDone = !response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty();
            if (keys.size() >= limit) {
                if (!sourceDone) {
                    return new Page(keys, cursor(list, sourceNo, response.lastEvaluatedKey(), source));
                }
                return new Page(keys, sourceNo + 1 < sources.size() ? cursor(list, sourceNo + 1, null, null) : null);
            }
            if (sourceDone) {
                sourceNo++;
                startKey = null;
            } else {
                startKey = response.lastEvaluatedKey();
            }
        }
        return new Page(keys, null);
    }

    private static String cursor(String list, int sourceNo, Map<String, AttributeValue> lastKey, Source source) {
        Map<String, String> position = new LinkedHashMap<>();
        position.put(SOURCE, Integer.toString(sourceNo));
        if (lastKey != null) {
            for (String name : source.keyNames()) {
                position.put(KEY + name, lastKey.get(name).s());
            }
        }
        return ReportCursor.encode(list, position);
    }

    private int sourceOf(Map<String, String> position) {
        try {
            int sourceNo = Integer.parseInt(position.getOrDefault(SOURCE, ""));
            if (sourceNo >= 0 && sourceNo < sources.size()) {
                return sourceNo;
            }
        } catch (NumberFormatException e) {
            // Refused below.
        }
        throw new IllegalArgumentException("is not a cursor this report returned; pass nextCursor as given");
    }

    /** The ExclusiveStartKey a cursor names; null when it starts its source from the top. */
    private static Map<String, AttributeValue> startKey(Map<String, String> position, Source source, LocalDate day) {
        if (position.size() == 1) {
            return null;
        }
        Map<String, AttributeValue> key = new HashMap<>();
        for (String name : source.keyNames()) {
            String value = position.get(KEY + name);
            if (value == null) {
                throw new IllegalArgumentException("is not a cursor this report returned; pass nextCursor as given");
            }
            key.put(name, AttributeValue.fromS(value));
        }
        if (position.size() != source.keyNames().size() + 1 || !source.shard().equals(key.get(source.shardAttribute()).s())
                || !day.toString().equals(key.get(source.dayAttribute()).s())) {
            throw new IllegalArgumentException("is not a cursor this report returned; pass nextCursor as given");
        }
        return key;
    }
}

package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A sparse index keyed by (shard, day): the sleep index of customers, the due index of episodes, the birthday index
 * of customers (whose "day" is a month-day, {@code 02-29}). Spreading a day's
 * items over shards keeps any one partition from getting hot; reading a day is one Query per shard, never a Scan, so
 * the cost follows the items of that day and not the size of the table. The shards are read a few at once, found in
 * shard order.
 */
record ShardedDayIndex(DynamoDbClient dynamo, String table, String index, String shardAttribute, String dayAttribute,
                       int shards, CapacityMeter meter, String purpose) {
    /**
     * Shards read at once ({@link ShardReads}): a few, so that a day's Queries overlap their waiting without a burst
     * of 16 on the index's partitions.
     */
    static final int SHARDS_IN_FLIGHT = 4;

    /** Items whose day is exactly {@code day}. */
    <T> List<T> on(LocalDate day, Function<Map<String, AttributeValue>, T> read) {
        return query("=", day, read);
    }

    /** Items whose day is {@code day} or earlier: what a missed run left is still there. */
    <T> List<T> upTo(LocalDate day, Function<Map<String, AttributeValue>, T> read) {
        return query("<=", day, read);
    }

    /** Items whose day key is from {@code first} to {@code last}, both included, in one Query per shard. */
    <T> List<T> between(String first, String last, Function<Map<String, AttributeValue>, T> read) {
        return query("#day BETWEEN :day AND :last", Map.of(":day", AttributeValue.fromS(first),
                ":last", AttributeValue.fromS(last)), read);
    }

    private <T> List<T> query(String comparison, LocalDate day, Function<Map<String, AttributeValue>, T> read) {
        return query("#day " + comparison + " :day", Map.of(":day", AttributeValue.fromS(day.toString())), read);
    }

    private <T> List<T> query(String dayCondition, Map<String, AttributeValue> dayValues,
                              Function<Map<String, AttributeValue>, T> read) {
        return ShardReads.inShardOrder(shards, SHARDS_IN_FLIGHT, shard -> {
            Map<String, AttributeValue> values = new HashMap<>(dayValues);
            values.put(":shard", AttributeValue.fromS(Integer.toString(shard)));
            var pages = dynamo.queryPaginator(b -> b.tableName(table).indexName(index)
                    .keyConditionExpression("#shard = :shard AND " + dayCondition)
                    .expressionAttributeNames(Map.of("#shard", shardAttribute, "#day", dayAttribute))
                    .expressionAttributeValues(values)
                    .returnConsumedCapacity(meter.total()));
            List<T> found = new ArrayList<>();
            for (var page : pages) {
                meter.recordRead(purpose, page.consumedCapacity());
                page.items().forEach(item -> found.add(read.apply(item)));
            }
            return found;
        }, "reading " + index);
    }
}

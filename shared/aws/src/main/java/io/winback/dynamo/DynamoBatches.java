package io.winback.dynamo;

import io.winback.retry.Backoff;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * BatchWriteItem puts and deletes (25 a request) and BatchGetItem reads (100 keys a request), DynamoDB's limits; what DynamoDB
 * leaves unprocessed (throttling, the response cap) is asked again after a pause, a few times, then it is an error.
 */
record DynamoBatches(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
    static final int WRITE_LIMIT = 25;
    static final int GET_LIMIT = 100;
    private static final int ATTEMPTS = 8;

    /**
     * Puts every item; {@code keyNames} name the table's key attributes, since one request may not name a key twice
     * (the last item given for a key wins). {@code what} names the items in an error.
     */
    void putAll(Collection<Map<String, AttributeValue>> items, List<String> keyNames, String what) {
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
        for (Map<String, AttributeValue> item : items) {
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            keyNames.forEach(name -> key.put(name, item.get(name)));
            byKey.put(key, item);
        }
        write(byKey.values().stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                .toList(), what);
    }

    /** Deletes the items at {@code keys} (a key given twice is deleted once); an absent item is no error. */
    void deleteAll(Collection<Map<String, AttributeValue>> keys, String what) {
        write(new java.util.LinkedHashSet<>(keys).stream()
                .map(key -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build())
                .toList(), what);
    }

    private void write(List<WriteRequest> all, String what) {
        for (int from = 0; from < all.size(); from += WRITE_LIMIT) {
            List<WriteRequest> pending = all.subList(from, Math.min(all.size(), from + WRITE_LIMIT));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > ATTEMPTS) {
                    throw new IllegalStateException(pending.size() + " " + what + " left unwritten after " + ATTEMPTS
                            + " BatchWriteItem attempts");
                }
                if (attempt > 1) {
                    Backoff.pause(attempt, 10, "writing " + what);
                }
                List<WriteRequest> ask = pending;
                var response = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, ask))
                        .returnConsumedCapacity(meter.perIndex()));
                response.consumedCapacity().forEach(consumed -> meter.recordWrite(purpose, consumed));
                pending = response.hasUnprocessedItems()
                        ? new ArrayList<>(response.unprocessedItems().getOrDefault(table, List.of())) : List.of();
            }
        }
    }

    /** Reads the items at {@code keys} (each distinct), handing each found to {@code each}; {@code projection} null: all. */
    void getAll(List<Map<String, AttributeValue>> keys, String projection, boolean consistent, String what,
                Consumer<Map<String, AttributeValue>> each) {
        getAll(keys, projection, Map.of(), consistent, what, each);
    }

    /**
     * As {@link #getAll(List, String, boolean, String, Consumer)}, with {@code names} the {@code #name}s the
     * projection uses (none: empty).
     */
    void getAll(List<Map<String, AttributeValue>> keys, String projection, Map<String, String> names,
                boolean consistent, String what, Consumer<Map<String, AttributeValue>> each) {
        for (int from = 0; from < keys.size(); from += GET_LIMIT) {
            List<Map<String, AttributeValue>> wanted = keys.subList(from, Math.min(keys.size(), from + GET_LIMIT));
            for (int attempt = 1; !wanted.isEmpty(); attempt++) {
                if (attempt > ATTEMPTS) {
                    throw new IllegalStateException(wanted.size() + " " + what + " left unread after " + ATTEMPTS
                            + " BatchGetItem attempts");
                }
                if (attempt > 1) {
                    // UnprocessedKeys come back in a successful answer: the SDK does not retry them, this loop does.
                    Backoff.pause(attempt, 10, "reading " + what);
                }
                KeysAndAttributes.Builder ask = KeysAndAttributes.builder().keys(wanted).consistentRead(consistent);
                if (projection != null) {
                    ask.projectionExpression(projection);
                }
                if (!names.isEmpty()) {
                    ask.expressionAttributeNames(names);
                }
                var response = dynamo.batchGetItem(b -> b.requestItems(Map.of(table, ask.build()))
                        .returnConsumedCapacity(meter.total()));
                response.consumedCapacity().forEach(consumed -> meter.recordRead(purpose, consumed));
                response.responses().getOrDefault(table, List.of()).forEach(each);
                KeysAndAttributes left = response.unprocessedKeys().get(table);
                wanted = left == null ? List.of() : left.keys();
            }
        }
    }
}

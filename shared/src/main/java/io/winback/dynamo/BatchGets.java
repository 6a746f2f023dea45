package io.winback.dynamo;

import io.winback.retry.Backoff;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * BatchGetItem of a table with a single string key, 100 keys a request (DynamoDB's limit); keys DynamoDB leaves
 * unprocessed (throttling, the 16 MB response cap) are asked for again after a short pause.
 */
final class BatchGets {
    private static final int BATCH_GET_LIMIT = 100;
    private static final int BATCH_GET_ATTEMPTS = 8;

    private BatchGets() {
    }

    /** {@code projection} null: whole items. {@code each} gets every item found. */
    static void get(DynamoDbClient dynamo, String table, String keyName, Collection<String> keys, String projection,
                    boolean consistent, CapacityMeter meter, String purpose, Consumer<Map<String, AttributeValue>> each) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
        for (int from = 0; from < distinct.size(); from += BATCH_GET_LIMIT) {
            List<Map<String, AttributeValue>> wanted = new ArrayList<>();
            for (String key : distinct.subList(from, Math.min(distinct.size(), from + BATCH_GET_LIMIT))) {
                wanted.add(Map.of(keyName, AttributeValue.fromS(key)));
            }
            for (int attempt = 1; !wanted.isEmpty(); attempt++) {
                if (attempt > BATCH_GET_ATTEMPTS) {
                    throw new IllegalStateException(wanted.size() + " items of " + table + " left unread after "
                            + BATCH_GET_ATTEMPTS + " BatchGetItem attempts");
                }
                if (attempt > 1) {
                    Backoff.pause(attempt, 10, "reading " + table);
                }
                KeysAndAttributes.Builder ask = KeysAndAttributes.builder().keys(wanted).consistentRead(consistent);
                if (projection != null) {
                    ask.projectionExpression(projection);
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

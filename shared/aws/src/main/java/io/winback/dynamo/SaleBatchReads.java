package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Sales items by id, 100 to a BatchGetItem, only the attributes asked for; unprocessed keys asked again. */
final class SaleBatchReads {
    private static final int ATTEMPTS = 8;
    /** BatchGetItem takes at most 100 keys. */
    static final int KEYS_PER_CALL = 100;

    private SaleBatchReads() {
    }

    /**
     * Hands each stored item among {@code saleIds} to {@code each}, with the attributes in {@code names}.
     *
     * @param consistent a strongly consistent read: what the webhook decides on must include the latest write
     */
    static void read(DynamoDbClient dynamo, String table, Collection<String> saleIds, Map<String, String> names,
                     boolean consistent, CapacityMeter meter, String purpose,
                     Consumer<Map<String, AttributeValue>> each) {
        List<String> ids = saleIds.stream().distinct().toList();
        String projection = String.join(", ", names.keySet());
        for (int from = 0; from < ids.size(); from += KEYS_PER_CALL) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + KEYS_PER_CALL))
                    .stream().map(id -> Map.of(SaleItems.SALE_ID, AttributeValue.fromS(id))).toList();
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys)
                    .consistentRead(consistent).projectionExpression(projection).expressionAttributeNames(names)
                    .build());
            for (int attempt = 1; !request.isEmpty(); attempt++) {
                if (attempt > ATTEMPTS) {
                    throw new IllegalStateException("sales left unread after " + ATTEMPTS + " BatchGetItem attempts");
                }
                if (attempt > 1) {
                    // UnprocessedKeys come back in a successful answer: the SDK does not retry them, this loop does.
                    io.winback.retry.Backoff.pause(attempt, 10, "reading sales");
                }
                Map<String, KeysAndAttributes> asked = request;
                var response = dynamo.batchGetItem(b -> b.requestItems(asked).returnConsumedCapacity(meter.total()));
                if (response.hasConsumedCapacity()) {
                    response.consumedCapacity().forEach(c -> meter.recordRead(purpose, c));
                }
                response.responses().getOrDefault(table, List.of()).forEach(each);
                // What DynamoDB left unprocessed (throttling) is asked again, after a pause.
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
    }
}

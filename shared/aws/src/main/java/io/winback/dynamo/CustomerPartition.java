package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A customer's partition of the Chains table ({@code customer#<key>}): the items of one kind, by sort-key prefix. */
final class CustomerPartition {
    private CustomerPartition() {
    }

    /** Deletes the customer's items whose sort key starts with {@code prefix}; how many there were. */
    static int deleteWithPrefix(DynamoDbClient dynamo, String table, DynamoBatches batches, String customerKey,
                                String prefix, CapacityMeter meter, String purpose, String what) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        var pages = dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", ChainsTable.PK, "#sk", ChainsTable.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ChainsTable.customerPk(customerKey)),
                        ":prefix", AttributeValue.fromS(prefix)))
                .projectionExpression("#pk, #sk")
                .returnConsumedCapacity(meter.total()));
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            page.items().forEach(item -> keys.add(Map.of(ChainsTable.PK, item.get(ChainsTable.PK),
                    ChainsTable.SK, item.get(ChainsTable.SK))));
        }
        batches.deleteAll(keys, what);
        return keys.size();
    }
}

package io.winback.dynamo;

import io.winback.domain.Customer;
import io.winback.segment.CustomerPages;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

/**
 * The Customers table a page of a parallel scan's segment at a time; the cursor is the last key read (a customer key,
 * which is no contact detail). Eventually consistent: half the read units, and what a page misses of a change made
 * that very moment the change's own evaluation on the stream covers.
 */
public final class DynamoCustomerPages implements CustomerPages {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CustomerItems items;
    private final CapacityMeter meter;
    private final String purpose;

    public DynamoCustomerPages(DynamoDbClient dynamo, String table, CustomerItems items, CapacityMeter meter,
                               String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.items = items;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public Page page(int part, int parts, String cursor, int limit) {
        var response = dynamo.scan(b -> {
            b.tableName(table).segment(part).totalSegments(parts).limit(limit).consistentRead(false)
                    // Tombstones of erased customers share the table; they are nobody to evaluate.
                    .filterExpression("attribute_not_exists(#erased)")
                    .expressionAttributeNames(Map.of("#erased", TombstoneItems.ERASED_AT))
                    .returnConsumedCapacity(meter.total());
            if (cursor != null) {
                b.exclusiveStartKey(Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(cursor)));
            }
        });
        meter.recordRead(purpose, response.consumedCapacity());
        List<Customer> customers = response.items().stream().map(items::fromItem).toList();
        String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey().get(CustomerItems.CUSTOMER_KEY).s() : null;
        return new Page(customers, next);
    }
}

package io.winback.dynamo;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers in DynamoDB. A save is one PutItem conditioned on the version read, so two stream shards updating the
 * same customer at once cannot lose each other's sales: the loser re-reads and re-applies.
 */
public final class DynamoCustomerStore implements CustomerStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CustomerItems items;
    private final CapacityMeter meter;
    private final String purpose;

    /** {@code purpose} names the caller in the capacity meter, e.g. "stats" or "api". */
    public DynamoCustomerStore(DynamoDbClient dynamo, String table, CustomerItems items, CapacityMeter meter,
                               String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.items = items;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public Optional<Customer> find(String customerKey) {
        var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(customerKey)))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        meter.recordRead(purpose, response.consumedCapacity());
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(items.fromItem(response.item())) : Optional.empty();
    }

    /**
     * One Query per shard of the sparse bySleepAt index (key: shard, sleep day), never a Scan: the cost follows
     * the number of sleepers that day, not the size of the customer base.
     */
    @Override
    public List<String> fallingAsleepOn(LocalDate day) {
        List<String> keys = new ArrayList<>();
        for (int shard = 0; shard < CustomerItems.SLEEP_SHARDS; shard++) {
            String shardKey = Integer.toString(shard);
            var pages = dynamo.queryPaginator(b -> b.tableName(table).indexName(TableDefinitions.CUSTOMERS_BY_SLEEP_AT)
                    .keyConditionExpression("#shard = :shard AND #day = :day")
                    .expressionAttributeNames(Map.of("#shard", CustomerItems.SLEEP_SHARD, "#day", CustomerItems.SLEEP_AT))
                    .expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(shardKey),
                            ":day", AttributeValue.fromS(day.toString())))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            for (var page : pages) {
                meter.recordRead(purpose, page.consumedCapacity());
                page.items().forEach(item -> keys.add(item.get(CustomerItems.CUSTOMER_KEY).s()));
            }
        }
        return keys;
    }

    @Override
    public boolean saveIfUnchanged(Customer customer, Instant now) {
        long readVersion = customer.version();
        Map<String, AttributeValue> item = items.toItem(customer, readVersion + 1, now);
        try {
            var response = dynamo.putItem(b -> {
                b.tableName(table).item(item).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
                if (readVersion == 0) {
                    b.conditionExpression("attribute_not_exists(#k)")
                            .expressionAttributeNames(Map.of("#k", CustomerItems.CUSTOMER_KEY));
                } else {
                    b.conditionExpression("#v = :v")
                            .expressionAttributeNames(Map.of("#v", CustomerItems.VERSION))
                            .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(readVersion))));
                }
            });
            meter.recordWrite(purpose, response.consumedCapacity());
            return true;
        } catch (ConditionalCheckFailedException concurrentWrite) {
            return false;
        }
    }
}

package io.winback.dynamo;

import io.winback.domain.ContactDetail;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.report.FirstPurchases;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;

/**
 * Customers in DynamoDB. A save is one PutItem conditioned on the version read, so two stream shards updating the
 * same customer at once cannot lose each other's sales: the loser re-reads and re-applies.
 */
public final class DynamoCustomerStore implements CustomerStore, FirstPurchases, io.winback.domain.CustomerNames {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CustomerItems items;
    private final CapacityMeter meter;
    private final String purpose;
    private final ShardedDayIndex sleepIndex;
    private final DynamoBatches batches;

    /** {@code purpose} names the caller in the capacity meter, e.g. "stats" or "api". */
    public DynamoCustomerStore(DynamoDbClient dynamo, String table, CustomerItems items, CapacityMeter meter,
                               String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.items = items;
        this.meter = meter;
        this.purpose = purpose;
        this.batches = new DynamoBatches(dynamo, table, meter, purpose);
        this.sleepIndex = new ShardedDayIndex(dynamo, table, TableDefinitions.CUSTOMERS_BY_SLEEP_AT,
                CustomerItems.SLEEP_SHARD, CustomerItems.SLEEP_AT, CustomerItems.SLEEP_SHARDS, meter, purpose);
    }

    @Override
    public Optional<Customer> find(String customerKey) {
        var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(customerKey)))
                .returnConsumedCapacity(meter.total()));
        meter.recordRead(purpose, response.consumedCapacity());
        return response.hasItem() && !response.item().isEmpty() && !TombstoneItems.isTombstone(response.item())
                ? Optional.of(items.fromItem(response.item())) : Optional.empty();
    }

    /**
     * BatchGetItem, 100 keys a request (DynamoDB's limit), strongly consistent like {@link #find}: a read older than
     * the last write would only cost a lost race and a retry, but there is no reason to invite it. Keys DynamoDB
     * leaves unprocessed (throttling, the 16 MB response cap) are asked for again after a short pause.
     */
    @Override
    public Map<String, Customer> findAll(Collection<String> customerKeys) {
        Map<String, Customer> found = new HashMap<>();
        batchGet(customerKeys, null, true, item -> {
            if (!TombstoneItems.isTombstone(item)) {
                found.put(item.get(CustomerItems.CUSTOMER_KEY).s(), items.fromItem(item));
            }
        });
        return found;
    }

    /**
     * Only the key and the first purchase of each card, eventually consistent: a report's read, half the units. An
     * erased customer's receipts carry their pseudonym, whose tombstone keeps the first purchase: a period's new
     * customers are counted the same before and after an erasure.
     */
    @Override
    public Map<String, Instant> firstPurchaseAt(Collection<String> customerKeys) {
        Map<String, Instant> found = new HashMap<>();
        batchGet(customerKeys, CustomerItems.CUSTOMER_KEY + ", " + CustomerItems.FIRST_PURCHASE_AT, false, item -> {
            AttributeValue first = item.get(CustomerItems.FIRST_PURCHASE_AT);
            if (first != null && first.s() != null) {
                found.put(item.get(CustomerItems.CUSTOMER_KEY).s(), Instant.parse(first.s()));
            }
        });
        return found;
    }

    private void batchGet(Collection<String> customerKeys, String projection, boolean consistent,
                          Consumer<Map<String, AttributeValue>> each) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String key : new LinkedHashSet<>(customerKeys)) {
            keys.add(Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(key)));
        }
        batches.getAll(keys, projection, consistent, "customers", each);
    }

    /**
     * A Query of the sparse byPhone or byCard index for the keys, then a consistent GetItem of each key found (a
     * phone is shared by a few people at most; GetItem keeps the API's permissions to what it had). The indexes are
     * eventually consistent: a customer saved a moment ago may be missing from the answer, and one whose detail just
     * changed may still be listed, which is why each customer read is checked to hold the detail now.
     */
    @Override
    public List<Customer> findByContact(ContactDetail detail) {
        String index = switch (detail) {
            case ContactDetail.Phone phone -> TableDefinitions.CUSTOMERS_BY_PHONE;
            case ContactDetail.Card card -> TableDefinitions.CUSTOMERS_BY_CARD;
        };
        String attribute = switch (detail) {
            case ContactDetail.Phone phone -> CustomerItems.PHONE;
            case ContactDetail.Card card -> CustomerItems.CARD_NUMBER;
        };
        List<String> keys = new ArrayList<>();
        var pages = dynamo.queryPaginator(b -> b.tableName(table).indexName(index)
                .keyConditionExpression("#detail = :value")
                .expressionAttributeNames(Map.of("#detail", attribute))
                .expressionAttributeValues(Map.of(":value", AttributeValue.fromS(detail.value())))
                .returnConsumedCapacity(meter.total()));
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            page.items().forEach(item -> keys.add(item.get(CustomerItems.CUSTOMER_KEY).s()));
        }
        return keys.stream().distinct().map(this::find).flatMap(Optional::stream)
                .filter(customer -> detail.isHeldBy(customer.profile())).toList();
    }

    /**
     * One Query of the byName index within the prefix's initial, at most {@code limit} keys, then a consistent
     * GetItem of each, kept only if its name still begins so (the index lags a renamed card a moment).
     */
    @Override
    public List<Customer> startingWith(String prefix, int limit) {
        Optional<io.winback.domain.NameKey> typed = io.winback.domain.NameKey.of(prefix);
        if (typed.isEmpty()) {
            return List.of();
        }
        var page = dynamo.query(b -> b.tableName(table).indexName(TableDefinitions.CUSTOMERS_BY_NAME)
                .keyConditionExpression("#initial = :initial AND begins_with(#key, :prefix)")
                .expressionAttributeNames(Map.of("#initial", CustomerItems.NAME_INITIAL,
                        "#key", CustomerItems.NAME_KEY))
                .expressionAttributeValues(Map.of(":initial", AttributeValue.fromS(typed.get().initial()),
                        ":prefix", AttributeValue.fromS(typed.get().key())))
                .limit(limit).returnConsumedCapacity(meter.total()));
        meter.recordRead(purpose, page.consumedCapacity());
        return page.items().stream().map(item -> item.get(CustomerItems.CUSTOMER_KEY).s()).distinct()
                .map(this::find).flatMap(Optional::stream)
                .filter(customer -> io.winback.domain.NameKey.of(customer.profile().name())
                        .map(name -> name.key().startsWith(typed.get().key())).orElse(false))
                .toList();
    }

    /** One Query per shard of the sparse bySleepAt index (see {@link ShardedDayIndex}). */
    @Override
    public List<String> fallingAsleepOn(LocalDate day) {
        return sleepIndex.on(day, item -> item.get(CustomerItems.CUSTOMER_KEY).s());
    }

    /**
     * Sleep days up to {@code day}. Decided customers are not in the index, so this reads the undecided only: the
     * cost follows today's work, not the history.
     */
    @Override
    public List<Sleeper> undecidedSleepersBy(LocalDate day) {
        return sleepIndex.upTo(day, item -> new Sleeper(item.get(CustomerItems.CUSTOMER_KEY).s(),
                LocalDate.parse(item.get(CustomerItems.SLEEP_AT).s())));
    }

    @Override
    public boolean delete(String customerKey) {
        try {
            var response = dynamo.deleteItem(b -> b.tableName(table)
                    .key(Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(customerKey)))
                    // A tombstone is no card: it stays.
                    .conditionExpression("attribute_not_exists(#erased)")
                    .expressionAttributeNames(Map.of("#erased", TombstoneItems.ERASED_AT))
                    .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_OLD)
                    .returnConsumedCapacity(meter.perIndex()));
            meter.recordWrite(purpose, response.consumedCapacity());
            return response.hasAttributes() && !response.attributes().isEmpty();
        } catch (ConditionalCheckFailedException tombstone) {
            return false;
        }
    }

    @Override
    public boolean saveIfUnchanged(Customer customer, Instant now) {
        long readVersion = customer.version();
        Map<String, AttributeValue> item = items.toItem(customer, readVersion + 1, now);
        try {
            var response = dynamo.putItem(b -> {
                b.tableName(table).item(item).returnConsumedCapacity(meter.perIndex());
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

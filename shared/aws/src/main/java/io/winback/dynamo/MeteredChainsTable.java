package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calls the chains' records make on the Chains table (read one item, read or delete a kind of item of a
 * customer's partition, put, put on a condition, a transaction, delete, and the batches), each with its consumed capacity counted
 * for {@code purpose}.
 */
record MeteredChainsTable(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {

    /** A strongly consistent read of one item. */
    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        var response = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)
                .returnConsumedCapacity(meter.total()));
        meter.recordRead(purpose, response.consumedCapacity());
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /**
     * Every item of the customer's partition whose sort key begins with {@code prefix}, strongly consistent.
     *
     * @param backwards read the sort keys from the last
     */
    List<Map<String, AttributeValue>> partition(String customerKey, String prefix, boolean backwards) {
        return query(ChainsTable.customerPk(customerKey), prefix, backwards, false);
    }

    /** Every item of the partition {@code pk} whose sort key begins with {@code prefix}, in sort-key order. */
    List<Map<String, AttributeValue>> partitionOf(String pk, String prefix) {
        return query(pk, prefix, false, false);
    }

    /**
     * Deletes the customer's items whose sort key begins with {@code prefix} (read by their keys alone, then
     * deleted 25 a request); how many there were. {@code what} names them in an error.
     */
    int deletePartition(String customerKey, String prefix, String what) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Map<String, AttributeValue> item : query(ChainsTable.customerPk(customerKey), prefix, false, true)) {
            keys.add(Map.of(ChainsTable.PK, item.get(ChainsTable.PK), ChainsTable.SK, item.get(ChainsTable.SK)));
        }
        batches().deleteAll(keys, what);
        return keys.size();
    }

    /** Puts every item, 25 a request; of two items with one key the last wins. {@code what} names them in an error. */
    void putAll(List<Map<String, AttributeValue>> items, String what) {
        batches().putAll(items, List.of(ChainsTable.PK, ChainsTable.SK), what);
    }

    /** Batch puts, deletes and reads on this table, counted for the same purpose. */
    DynamoBatches batches() {
        return new DynamoBatches(dynamo, table, meter, purpose);
    }

    /** The one Query of a partition by sort-key prefix: every page, strongly consistent, metered. */
    private List<Map<String, AttributeValue>> query(String pk, String prefix, boolean backwards,
                                                    boolean keysOnly) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        // An empty prefix is the whole partition: DynamoDB refuses an empty string in a key condition.
        boolean whole = prefix.isEmpty();
        var pages = dynamo.queryPaginator(b -> {
            b.tableName(table).consistentRead(true).scanIndexForward(!backwards)
                    .keyConditionExpression(whole ? "#pk = :pk" : "#pk = :pk AND begins_with(#sk, :prefix)")
                    .expressionAttributeNames(whole && !keysOnly ? Map.of("#pk", ChainsTable.PK)
                            : Map.of("#pk", ChainsTable.PK, "#sk", ChainsTable.SK))
                    .expressionAttributeValues(whole ? Map.of(":pk", AttributeValue.fromS(pk)) : Map.of(
                            ":pk", AttributeValue.fromS(pk),
                            ":prefix", AttributeValue.fromS(prefix)))
                    .returnConsumedCapacity(meter.total());
            if (keysOnly) {
                b.projectionExpression("#pk, #sk");
            }
        });
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            items.addAll(page.items());
        }
        return items;
    }

    void put(Map<String, AttributeValue> item) {
        var response = dynamo.putItem(b -> b.tableName(table).item(item).returnConsumedCapacity(meter.perIndex()));
        meter.recordWrite(purpose, response.consumedCapacity());
    }

    /** Puts the item unless one with its key exists already; false then, and nothing written. */
    boolean putIfAbsent(Map<String, AttributeValue> item) {
        return putIf(item, "attribute_not_exists(#pk)", Map.of("#pk", ChainsTable.PK), Map.of());
    }

    /** Puts the item if the stored one has {@code attribute} equal to {@code expected}; false otherwise. */
    boolean putIfStill(Map<String, AttributeValue> item, String attribute, AttributeValue expected) {
        return putIf(item, "#a = :a", Map.of("#a", attribute), Map.of(":a", expected));
    }

    /**
     * Writes {@code items} in one transaction; false, and nothing written, when a condition failed or another
     * transaction held one of the items (read again and redo); any other refusal is thrown.
     */
    boolean transactIf(List<TransactWriteItem> items) {
        try {
            var response = dynamo.transactWriteItems(b -> b.transactItems(items)
                    .returnConsumedCapacity(meter.perIndex()));
            if (response.hasConsumedCapacity()) {
                response.consumedCapacity().forEach(consumed -> meter.recordWrite(purpose, consumed));
            }
            return true;
        } catch (TransactionCanceledException cancelled) {
            boolean retryable = cancelled.hasCancellationReasons() && cancelled.cancellationReasons().stream()
                    .map(CancellationReason::code)
                    .allMatch(code -> code == null || "None".equals(code) || "ConditionalCheckFailed".equals(code)
                            || "TransactionConflict".equals(code));
            if (!retryable) {
                throw cancelled;
            }
            return false;
        }
    }

    /**
     * Applies {@code update} to the item at {@code key} if it exists and {@code condition} holds; false otherwise, and
     * nothing written.
     */
    boolean updateIf(Map<String, AttributeValue> key, String update, String condition, Map<String, String> names,
                     Map<String, AttributeValue> values) {
        return update(key, update, "attribute_exists(#pk) AND " + condition, withPk(names), values);
    }

    /**
     * Applies {@code update} to the item at {@code key}, creating it when there is none, if {@code condition} holds
     * (of a missing item, as DynamoDB judges it); false otherwise, and nothing written.
     */
    boolean upsertIf(Map<String, AttributeValue> key, String update, String condition, Map<String, String> names,
                     Map<String, AttributeValue> values) {
        return update(key, update, condition, names, values);
    }

    private boolean update(Map<String, AttributeValue> key, String update, String condition, Map<String, String> names,
                           Map<String, AttributeValue> values) {
        try {
            var response = dynamo.updateItem(b -> b.tableName(table).key(key).updateExpression(update)
                    .conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnConsumedCapacity(meter.perIndex()));
            meter.recordWrite(purpose, response.consumedCapacity());
            return true;
        } catch (ConditionalCheckFailedException moved) {
            return false;
        }
    }

    private static Map<String, String> withPk(Map<String, String> names) {
        Map<String, String> all = new java.util.HashMap<>(names);
        all.put("#pk", ChainsTable.PK);
        return all;
    }

    void delete(Map<String, AttributeValue> key) {
        var response = dynamo.deleteItem(b -> b.tableName(table).key(key).returnConsumedCapacity(meter.perIndex()));
        meter.recordWrite(purpose, response.consumedCapacity());
    }

    private boolean putIf(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                          Map<String, AttributeValue> values) {
        try {
            var response = dynamo.putItem(b -> {
                b.tableName(table).item(item).conditionExpression(condition).expressionAttributeNames(names)
                        .returnConsumedCapacity(meter.perIndex());
                if (!values.isEmpty()) {
                    b.expressionAttributeValues(values);
                }
            });
            meter.recordWrite(purpose, response.consumedCapacity());
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }
}

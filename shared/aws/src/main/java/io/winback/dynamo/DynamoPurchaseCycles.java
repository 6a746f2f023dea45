package io.winback.dynamo;

import io.winback.cycles.CycleEvidence;
import io.winback.cycles.GroupEvidence;
import io.winback.cycles.GroupPurchaseRecords;
import io.winback.cycles.GroupPurchases;
import io.winback.cycles.IntervalDelta;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The replenishment cycles in the Chains table ({@link GroupPurchaseItems} has the items). A save puts each changed
 * customer record on the condition that its version is the one read (or that none exists); a record whose change
 * counts intervals goes in one TransactWriteItems with the ADD of its delta to its group's evidence (up to
 * {@link #GROUPS_PER_TRANSACTION} groups a transaction), one that counts nothing (a first purchase, a second receipt of
 * a day) is a plain conditional put. The condition makes a retried or raced save recompute from what is stored, and the transaction makes the
 * ADD happen exactly when the record changes: the evidence holds each interval the records hold, once.
 */
public final class DynamoPurchaseCycles implements GroupPurchaseRecords, CycleEvidence {
    /** A record and its group's evidence are two of TransactWriteItems' 100 actions. */
    static final int GROUPS_PER_TRANSACTION = 50;
    private final MeteredChainsTable chains;

    public DynamoPurchaseCycles(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

    /**
     * The item a save stores for a customer's record (at the version after {@code purchases}'), in the refill index
     * on {@code remindOn} (null: not in it): for writing many records straight to the table, as the bench seeds
     * them, without a second copy of the item's layout.
     */
    public static Map<String, AttributeValue> storedItem(String customerKey, GroupPurchases purchases,
                                                         LocalDate remindOn) {
        return GroupPurchaseItems.toItem(customerKey, purchases, remindOn);
    }

    @Override
    public Map<String, GroupPurchases> find(String customerKey, Collection<String> groups) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String group : new LinkedHashSet<>(groups)) {
            keys.add(ChainsTable.customerItemKey(customerKey, GroupPurchaseItems.sortKey(group)));
        }
        Map<String, GroupPurchases> found = new HashMap<>();
        chains.batches().getAll(keys, null, true, "purchase cycles", item -> {
            GroupPurchases purchases = GroupPurchaseItems.fromItem(item);
            found.put(purchases.group(), purchases);
        });
        return found;
    }

    @Override
    public boolean save(String customerKey, List<GroupPurchases.Change> changes) {
        List<GroupPurchases.Change> counting = new ArrayList<>();
        for (GroupPurchases.Change change : changes) {
            if (!change.delta().isEmpty()) {
                counting.add(change);
            } else if (!putRecord(customerKey, change)) {
                // A change that counts nothing (a first purchase, a second receipt of a day) needs no transaction.
                return false;
            }
        }
        for (int from = 0; from < counting.size(); from += GROUPS_PER_TRANSACTION) {
            List<TransactWriteItem> items = new ArrayList<>();
            for (GroupPurchases.Change change : counting.subList(from,
                    Math.min(counting.size(), from + GROUPS_PER_TRANSACTION))) {
                items.add(TransactWriteItem.builder().put(put(customerKey, change)).build());
                items.add(TransactWriteItem.builder().update(add(change.after().group(), change.delta())).build());
            }
            // Groups saved before a refusal here are recognised on the retry: their records hold the receipts now,
            // so they change nothing and count nothing again.
            if (!chains.transactIf(items)) {
                return false;
            }
        }
        return true;
    }

    /** The record alone, on the same condition as in a transaction. */
    private boolean putRecord(String customerKey, GroupPurchases.Change change) {
        GroupPurchases after = change.after();
        Map<String, AttributeValue> item = GroupPurchaseItems.toItem(customerKey, after, change.remindOn());
        return after.version() == null ? chains.putIfAbsent(item)
                : chains.putIfStill(item, GroupPurchaseItems.VERSION, AttributeValue.fromN(Long.toString(after.version())));
    }

    private Put put(String customerKey, GroupPurchases.Change change) {
        GroupPurchases after = change.after();
        Put.Builder put = Put.builder().tableName(chains.table())
                .item(GroupPurchaseItems.toItem(customerKey, after, change.remindOn()));
        if (after.version() == null) {
            return put.conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", ChainsTable.PK)).build();
        }
        return put.conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", GroupPurchaseItems.VERSION))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(after.version()))))
                .build();
    }

    private Update add(String group, IntervalDelta delta) {
        Map<String, String> names = new HashMap<>(Map.of("#g", GroupPurchaseItems.GROUP));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":g", AttributeValue.fromS(group)));
        List<String> adds = new ArrayList<>();
        if (delta.customers() != 0) {
            names.put("#c", GroupPurchaseItems.CUSTOMERS);
            values.put(":c", AttributeValue.fromN(Integer.toString(delta.customers())));
            adds.add("#c :c");
        }
        delta.byDays().forEach((days, count) -> {
            names.put("#d" + days, GroupPurchaseItems.LENGTH_PREFIX + days);
            values.put(":d" + days, AttributeValue.fromN(Long.toString(count)));
            adds.add("#d" + days + " :d" + days);
        });
        return Update.builder().tableName(chains.table()).key(GroupPurchaseItems.evidenceKey(group))
                .updateExpression("SET #g = :g ADD " + String.join(", ", adds))
                .expressionAttributeNames(names).expressionAttributeValues(values).build();
    }

    @Override
    public Map<String, GroupPurchases> findOfCustomers(String group, Collection<String> customerKeys) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String customerKey : new LinkedHashSet<>(customerKeys)) {
            keys.add(ChainsTable.customerItemKey(customerKey, GroupPurchaseItems.sortKey(group)));
        }
        Map<String, GroupPurchases> found = new HashMap<>();
        chains.batches().getAll(keys, null, true, "purchase cycles", item -> {
            String pk = item.get(ChainsTable.PK).s();
            found.put(pk.substring(pk.indexOf('#') + 1), GroupPurchaseItems.fromItem(item));
        });
        return found;
    }

    @Override
    public List<GroupPurchases> allOf(String customerKey) {
        return chains.partition(customerKey, GroupPurchaseItems.PREFIX, false).stream()
                .map(GroupPurchaseItems::fromItem).toList();
    }

    @Override
    public int eraseAll(String customerKey) {
        return chains.deletePartition(customerKey, GroupPurchaseItems.PREFIX, "purchase cycles");
    }

    /** Every group's evidence: one Query of the evidence partition, every page. */
    @Override
    public List<GroupEvidence> all() {
        List<GroupEvidence> groups = new ArrayList<>();
        for (Map<String, AttributeValue> item : chains.partitionOf(GroupPurchaseItems.EVIDENCE_PK, GroupPurchaseItems.PREFIX)) {
            groups.add(GroupPurchaseItems.evidenceOf(item));
        }
        groups.sort(Comparator.comparing(GroupEvidence::group));
        return groups;
    }

    /** One group's evidence: one GetItem (strongly consistent, as {@link MeteredChainsTable#get} reads). */
    @Override
    public Optional<GroupEvidence> of(String group) {
        return chains.get(GroupPurchaseItems.evidenceKey(group)).map(GroupPurchaseItems::evidenceOf);
    }
}

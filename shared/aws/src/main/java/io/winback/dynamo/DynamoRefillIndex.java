package io.winback.dynamo;

import io.winback.chain.RefillIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The refill index: the sparse {@code byRefillDue} index of the Chains table over the customers' group records
 * ({@link GroupPurchaseItems}), one Query per shard with a range of due days, never a Scan; and the per-group
 * signature marks beside the groups' evidence ({@code refill} / {@code group#<group>}). Setting or moving a due day is
 * one conditional UpdateItem of the record, which leaves its version alone, so it never makes a sales-stream save
 * fail; the condition keeps it from overwriting what a newer purchase set.
 */
public final class DynamoRefillIndex implements RefillIndex {
    private final MeteredChainsTable chains;
    private final ShardedDayIndex index;

    /** {@code purpose} names the caller in the capacity meter, e.g. "check". */
    public DynamoRefillIndex(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
        this.index = new ShardedDayIndex(dynamo, table, ChainsTable.BY_REFILL_DUE, ChainsTable.REFILL_SHARD,
                ChainsTable.REFILL_DUE, ChainsTable.REFILL_SHARDS, meter, purpose);
    }

    @Override
    public List<Due> dueBetween(LocalDate first, LocalDate last) {
        return index.between(first.toString(), last.toString(), item -> {
            String pk = item.get(ChainsTable.PK).s();
            return new Due(pk.substring(pk.indexOf('#') + 1),
                    item.get(ChainsTable.SK).s().substring(GroupPurchaseItems.PREFIX.length()),
                    LocalDate.parse(item.get(ChainsTable.REFILL_DUE).s()));
        });
    }

    @Override
    public void schedule(String customerKey, String group, long version, LocalDate day) {
        Map<String, String> names = new HashMap<>(Map.of("#v", GroupPurchaseItems.VERSION));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":v", AttributeValue.fromN(Long.toString(version))));
        chains.updateIf(recordKey(customerKey, group), setOrRemove(customerKey, day, names, values), "#v = :v", names,
                values);
    }

    @Override
    public void move(String customerKey, String group, LocalDate from, LocalDate to) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":from", AttributeValue.fromS(from.toString())));
        chains.updateIf(recordKey(customerKey, group), setOrRemove(customerKey, to, names, values), "#day = :from",
                names, values);
    }

    @Override
    public Optional<String> signature(String group) {
        return chains.get(GroupPurchaseItems.refillMarkKey(group))
                .map(item -> item.get(GroupPurchaseItems.SIGNATURE).s());
    }

    @Override
    public void markComputed(String group, String signature) {
        Map<String, AttributeValue> item = new HashMap<>(GroupPurchaseItems.refillMarkKey(group));
        item.put(GroupPurchaseItems.SIGNATURE, AttributeValue.fromS(signature));
        chains.put(item);
    }

    private static Map<String, AttributeValue> recordKey(String customerKey, String group) {
        return ChainsTable.customerItemKey(customerKey, GroupPurchaseItems.sortKey(group));
    }

    /** The update that puts the record in the index on {@code day}, or takes it out when null. */
    private static String setOrRemove(String customerKey, LocalDate day, Map<String, String> names,
                                      Map<String, AttributeValue> values) {
        names.put("#shard", ChainsTable.REFILL_SHARD);
        names.put("#day", ChainsTable.REFILL_DUE);
        if (day == null) {
            return "REMOVE #shard, #day";
        }
        values.put(":shard", AttributeValue.fromS(GroupPurchaseItems.refillShardOf(customerKey)));
        values.put(":day", AttributeValue.fromS(day.toString()));
        return "SET #shard = :shard, #day = :day";
    }
}

package io.winback.dynamo;

import io.winback.erasure.Tombstone;
import io.winback.erasure.Tombstones;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tombstones in the Customers table, under the pseudonym (see {@link TombstoneItems}). The webhook's and the
 * stream's check is one BatchGetItem per 100 keys, eventually consistent (half the units): the tombstone is written
 * before anything is erased, so by the time a receipt could bring the person back it has long been readable.
 */
public final class DynamoTombstones implements Tombstones {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;
    private final DynamoBatches batches;

    public DynamoTombstones(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.batches = new DynamoBatches(dynamo, table, meter, purpose);
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public Optional<Tombstone> find(String erasedAs) {
        var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(erasedAs)))
                .returnConsumedCapacity(meter.total()));
        meter.recordRead(purpose, response.consumedCapacity());
        return response.hasItem() && TombstoneItems.isTombstone(response.item())
                ? Optional.of(TombstoneItems.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public Map<String, Tombstone> findAll(Collection<String> erasedAs) {
        Map<String, Tombstone> found = new HashMap<>();
        List<Map<String, AttributeValue>> keys = new java.util.LinkedHashSet<>(erasedAs).stream()
                .map(key -> Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(key))).toList();
        batches.getAll(keys, null, false, "tombstones", item -> {
            if (TombstoneItems.isTombstone(item)) {
                Tombstone tombstone = TombstoneItems.fromItem(item);
                found.put(tombstone.erasedAs(), tombstone);
            }
        });
        return found;
    }

    @Override
    public void save(Tombstone tombstone) {
        var response = dynamo.putItem(b -> b.tableName(table).item(TombstoneItems.toItem(tombstone))
                .returnConsumedCapacity(meter.perIndex()));
        meter.recordWrite(purpose, response.consumedCapacity());
    }
}

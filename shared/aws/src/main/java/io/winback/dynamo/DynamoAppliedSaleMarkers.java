package io.winback.dynamo;

import io.winback.domain.AppliedSaleMarkers;
import io.winback.domain.RecentlyAppliedSales;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applied-sale markers in the Chains table, in the customer's partition: {@code customer#<key>} /
 * {@code applied#<sale id>}, with {@code expiresAt} (the table's TTL attribute) {@link RecentlyAppliedSales#RETENTION}
 * after the sale was received, when no record of it can be delivered any more. Read strongly consistent: a marker
 * is written before the customer write that forgets its id, so a reader who saw that customer sees the marker.
 */
public final class DynamoAppliedSaleMarkers implements AppliedSaleMarkers {
    static final String PREFIX = "applied#";
    /** The Chains table's TTL attribute (epoch seconds), as template.yaml declares it. */
    public static final String EXPIRES_AT = "expiresAt";
    private final MeteredChainsTable chains;

    public DynamoAppliedSaleMarkers(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

    @Override
    public int unmarkAll(String customerKey) {
        return chains.deletePartition(customerKey, PREFIX, "applied-sale markers");
    }

    @Override
    public void mark(String customerKey, Map<String, Instant> receivedAt) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        receivedAt.forEach((saleId, at) -> {
            Map<String, AttributeValue> item = new HashMap<>(ChainsTable.customerItemKey(customerKey, PREFIX + saleId));
            item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(
                    at.plus(RecentlyAppliedSales.RETENTION).getEpochSecond())));
            items.add(item);
        });
        chains.putAll(items, "applied-sale markers");
    }

    @Override
    public Set<String> markedAmong(String customerKey, Collection<String> saleIds) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String saleId : new LinkedHashSet<>(saleIds)) {
            keys.add(ChainsTable.customerItemKey(customerKey, PREFIX + saleId));
        }
        Set<String> marked = new HashSet<>();
        chains.batches().getAll(keys, ChainsTable.SK, true, "applied-sale markers",
                item -> marked.add(item.get(ChainsTable.SK).s().substring(PREFIX.length())));
        return marked;
    }
}

package io.winback.dynamo;

import io.winback.report.MatchedReturns;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The returns' own items, two attributes each, 100 per BatchGetItem: the byDay index does not project the flag (a
 * projection cannot change on a deployed index), and returns are few beside the sales a report reads.
 */
public final class DynamoMatchedReturns implements MatchedReturns {
    private final DynamoBatches batches;

    public DynamoMatchedReturns(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.batches = new DynamoBatches(dynamo, table, meter, purpose);
    }

    @Override
    public Set<String> matchedAmong(Collection<String> returnIds) {
        Set<String> matched = new HashSet<>();
        SaleBatchReads.read(batches, returnIds, Map.of("#id", SaleItems.SALE_ID, "#m", SaleItems.MATCHED_ORIGINAL),
                false, item -> {
            if (Boolean.TRUE.equals(Attributes.flag(item, SaleItems.MATCHED_ORIGINAL))) {
                matched.add(item.get(SaleItems.SALE_ID).s());
            }
        });
        return matched;
    }
}

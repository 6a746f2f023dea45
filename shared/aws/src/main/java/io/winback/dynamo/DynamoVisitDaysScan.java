package io.winback.dynamo;

import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceRead;
import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.VisitDaysScan;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Customers table scanned for what the timing job needs of each card and nothing more: a projection of the key,
 * the visit days (a number set of epoch days) and the VIP flag, tombstones of erased customers filtered out. Cards
 * that never bought (no visit days) are left out. Eventually consistent: a sale that lands during the scan is timed by
 * the stream, and by the next run.
 */
public final class DynamoVisitDaysScan implements VisitDaysScan {
    private static final String VISIT_DAYS = "visitDays";
    private static final List<String> PROJECTED = List.of(CustomerItems.CUSTOMER_KEY, VISIT_DAYS, CustomerItems.VIP);
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;
    /** Items a page at most; null: DynamoDB's 1 MB pages. */
    private final Integer pageLimit;

    public DynamoVisitDaysScan(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this(dynamo, table, meter, purpose, null);
    }

    DynamoVisitDaysScan(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose, Integer pageLimit) {
        this.pageLimit = pageLimit;
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public void forEach(Consumer<CustomerVisitDays> each) {
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var response = dynamo.scan(b -> {
                b.tableName(table).consistentRead(false).limit(pageLimit).returnConsumedCapacity(meter.total())
                        .projectionExpression("#key, #days, #vip")
                        .filterExpression("attribute_not_exists(#erased) AND attribute_exists(#days)")
                        .expressionAttributeNames(Map.of("#key", CustomerItems.CUSTOMER_KEY, "#days", VISIT_DAYS,
                                "#vip", CustomerItems.VIP, "#erased", TombstoneItems.ERASED_AT));
                if (from != null) {
                    b.exclusiveStartKey(from);
                }
            });
            meter.recordRead(purpose, response.consumedCapacity());
            response.items().forEach(item -> each.accept(visitDays(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
    }

    /** The same projection and filter over one slice ({@link CustomerSliceScan}): the fanned-out job's first pass. */
    @Override
    public SliceRead slice(Slice slice, SliceBudget budget, Consumer<CustomerVisitDays> each) {
        // CustomerSliceScan names the projected attributes #a0, #a1, … in order: #a1 is the visit days.
        return CustomerSliceScan.read(dynamo, table, slice, budget, PROJECTED, "attribute_exists(#a1)", meter, purpose,
                item -> each.accept(visitDays(item)));
    }

    private static CustomerVisitDays visitDays(Map<String, AttributeValue> item) {
        AttributeValue vip = item.get(CustomerItems.VIP);
        return new CustomerVisitDays(item.get(CustomerItems.CUSTOMER_KEY).s(),
                item.get(VISIT_DAYS).ns().stream().mapToInt(Integer::parseInt).toArray(),
                vip != null && Boolean.TRUE.equals(vip.bool()));
    }
}

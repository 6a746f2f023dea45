package io.winback.dynamo;

import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceRead;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One slice of the Customers table: segment {@code slice.segment()} of a parallel Scan of {@code slice.segments()},
 * from the slice's cursor, for at most the budget's pages, eventually consistent, projecting only what the job
 * needs, tombstones of erased customers filtered out (as {@link ParallelCustomerScan}). The cursor is the
 * LastEvaluatedKey's customer key: the table's only key attribute.
 */
final class CustomerSliceScan {
    private CustomerSliceScan() {
    }

    static SliceRead read(DynamoDbClient dynamo, String table, Slice slice, SliceBudget budget,
                          List<String> projected, String extraFilter, CapacityMeter meter, String purpose,
                          Consumer<Map<String, AttributeValue>> each) {
        Map<String, String> names = new HashMap<>();
        String projection = ParallelCustomerScan.projection(projected, names);
        names.put("#erased", TombstoneItems.ERASED_AT);
        String filter = "attribute_not_exists(#erased)" + (extraFilter == null ? "" : " AND " + extraFilter);
        String cursor = slice.cursor();
        long items = 0;
        double units = 0;
        for (int page = 0; page < budget.pages() && (page == 0 || cursor != null); page++) {
            String from = cursor;
            var response = dynamo.scan(b -> {
                b.tableName(table).segment(slice.segment()).totalSegments(slice.segments())
                        .projectionExpression(projection).expressionAttributeNames(names)
                        .filterExpression(filter).consistentRead(false).limit(budget.itemsPerPage())
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
                if (from != null) {
                    b.exclusiveStartKey(Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(from)));
                }
            });
            meter.recordRead(purpose, response.consumedCapacity());
            if (response.consumedCapacity() != null && response.consumedCapacity().capacityUnits() != null) {
                units += response.consumedCapacity().capacityUnits();
            }
            response.items().forEach(each);
            items += response.items().size();
            cursor = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey().get(CustomerItems.CUSTOMER_KEY).s() : null;
        }
        return new SliceRead(cursor, items, units);
    }
}

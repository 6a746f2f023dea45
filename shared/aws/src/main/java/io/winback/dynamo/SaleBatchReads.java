package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Sales items by id, 100 to a BatchGetItem, only the attributes asked for; unprocessed keys asked again. */
final class SaleBatchReads {
    private SaleBatchReads() {
    }

    /**
     * Hands each stored item among {@code saleIds} (each read once) to {@code each}, with the attributes in
     * {@code names}; {@code batches} reads the Sales table, as {@link DynamoBatches#getAll} does.
     *
     * @param consistent a strongly consistent read: what the webhook decides on must include the latest write
     */
    static void read(DynamoBatches batches, Collection<String> saleIds, Map<String, String> names,
                     boolean consistent, Consumer<Map<String, AttributeValue>> each) {
        List<Map<String, AttributeValue>> keys = saleIds.stream().distinct()
                .map(id -> Map.of(SaleItems.SALE_ID, AttributeValue.fromS(id))).toList();
        batches.getAll(keys, String.join(", ", names.keySet()), names, consistent, "sales", each);
    }
}

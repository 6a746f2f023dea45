package io.winback.dynamo;

import io.winback.report.Product;
import io.winback.report.SaleLineEntry;
import io.winback.report.SaleLineIndex;
import io.winback.retry.Backoff;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The buyers index in the SaleLines table (see {@link SaleLinesTable}). Writes are BatchWriteItem puts of keys
 * derived from the receipt, 25 a request (DynamoDB's limit); what DynamoDB leaves unprocessed is sent again after a
 * pause. A put of the same key and content is harmless, so a replayed stream batch changes nothing. Reads are one
 * Query of the product's partition between the period's days, page by page.
 */
public final class DynamoSaleLineIndex implements SaleLineIndex {
    private static final int BATCH_WRITE_LIMIT = 25;
    private static final int BATCH_WRITE_ATTEMPTS = 8;
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;

    public DynamoSaleLineIndex(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public void add(Collection<SaleLineEntry> entries) {
        // One request may not name a key twice: the last entry for a key wins (they are equal when keys are).
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
        for (SaleLineEntry entry : entries) {
            Map<String, AttributeValue> item = SaleLinesTable.toItem(entry);
            byKey.put(Map.of(SaleLinesTable.PK, item.get(SaleLinesTable.PK), SaleLinesTable.SK,
                    item.get(SaleLinesTable.SK)), item);
        }
        List<WriteRequest> all = byKey.values().stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                .toList();
        for (int from = 0; from < all.size(); from += BATCH_WRITE_LIMIT) {
            write(all.subList(from, Math.min(all.size(), from + BATCH_WRITE_LIMIT)));
        }
    }

    @Override
    public void remove(Collection<SaleLineEntry> entries) {
        Map<Map<String, AttributeValue>, WriteRequest> byKey = new LinkedHashMap<>();
        for (SaleLineEntry entry : entries) {
            Map<String, AttributeValue> item = SaleLinesTable.toItem(entry);
            Map<String, AttributeValue> key = Map.of(SaleLinesTable.PK, item.get(SaleLinesTable.PK), SaleLinesTable.SK,
                    item.get(SaleLinesTable.SK));
            byKey.put(key, WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
        }
        List<WriteRequest> all = List.copyOf(byKey.values());
        for (int from = 0; from < all.size(); from += BATCH_WRITE_LIMIT) {
            write(all.subList(from, Math.min(all.size(), from + BATCH_WRITE_LIMIT)));
        }
    }

    private void write(List<WriteRequest> requests) {
        List<WriteRequest> pending = requests;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > BATCH_WRITE_ATTEMPTS) {
                throw new IllegalStateException(pending.size() + " sale-line entries left unwritten after "
                        + BATCH_WRITE_ATTEMPTS + " BatchWriteItem attempts");
            }
            if (attempt > 1) {
                Backoff.pause(attempt, 10, "writing sale-line entries");
            }
            List<WriteRequest> ask = pending;
            var response = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, ask))
                    .returnConsumedCapacity(meter.perIndex()));
            response.consumedCapacity().forEach(consumed -> meter.recordWrite(purpose, consumed));
            pending = response.hasUnprocessedItems()
                    ? new ArrayList<>(response.unprocessedItems().getOrDefault(table, List.of())) : List.of();
        }
    }

    @Override
    public void forEach(Product product, LocalDate from, LocalDate to, Consumer<SaleLineEntry> each) {
        // Sort keys start with the day: "<from>#" is before the period's first entry, "<to>$" after its last.
        var pages = dynamo.queryPaginator(b -> b.tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#pk", SaleLinesTable.PK, "#sk", SaleLinesTable.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(product.indexKey()),
                        ":from", AttributeValue.fromS(from + "#"), ":to", AttributeValue.fromS(to + "$")))
                .returnConsumedCapacity(meter.total()));
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            page.items().forEach(item -> each.accept(SaleLinesTable.fromItem(product, item)));
        }
    }
}

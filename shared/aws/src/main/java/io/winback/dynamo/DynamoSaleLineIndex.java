package io.winback.dynamo;

import io.winback.report.Product;
import io.winback.report.SaleLineEntry;
import io.winback.report.SaleLineIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;
    private final DynamoBatches batches;

    public DynamoSaleLineIndex(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
        this.batches = new DynamoBatches(dynamo, table, meter, purpose);
    }

    @Override
    public void add(Collection<SaleLineEntry> entries) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        entries.forEach(entry -> items.add(SaleLinesTable.toItem(entry)));
        // One request may not name a key twice: the last entry for a key wins (they are equal when keys are).
        batches.putAll(items, List.of(SaleLinesTable.PK, SaleLinesTable.SK), "sale-line entries");
    }

    @Override
    public void remove(Collection<SaleLineEntry> entries) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (SaleLineEntry entry : entries) {
            Map<String, AttributeValue> item = SaleLinesTable.toItem(entry);
            keys.add(Map.of(SaleLinesTable.PK, item.get(SaleLinesTable.PK), SaleLinesTable.SK,
                    item.get(SaleLinesTable.SK)));
        }
        batches.deleteAll(keys, "sale-line entries");
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

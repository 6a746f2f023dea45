package io.winback.dynamo;

import io.winback.domain.Sale;
import io.winback.domain.SaleLine;
import io.winback.segment.ItemRef;
import io.winback.segment.PurchaseDays;
import io.winback.segment.PurchaseNeeds;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The days a customer bought the groups and SKUs segments ask about, from their receipts in the Sales table's
 * {@code byCustomer} index since the earliest day any definition looks at: one Query of their own receipts (a
 * customer's receipts of a year are a few items), made only when a definition has a "bought" condition.
 */
public final class DynamoPurchaseDays implements PurchaseDays {
    private final DynamoDbClient dynamo;
    private final String salesTable;
    private final CapacityMeter meter;
    private final String purpose;
    private final ZoneId zone;

    public DynamoPurchaseDays(DynamoDbClient dynamo, String salesTable, CapacityMeter meter, String purpose,
                              ZoneId zone) {
        this.dynamo = dynamo;
        this.salesTable = salesTable;
        this.meter = meter;
        this.purpose = purpose;
        this.zone = zone;
    }

    @Override
    public Map<ItemRef, NavigableSet<LocalDate>> of(String customerKey, PurchaseNeeds needs) {
        Map<ItemRef, NavigableSet<LocalDate>> days = new HashMap<>();
        needs.items().forEach(item -> days.put(item, new TreeSet<>()));
        if (needs.items().isEmpty()) {
            return days;
        }
        // The sort key is UTC time: a day earlier covers every zone's start of the first day asked about.
        String from = needs.since() == null ? "" : needs.since().minusDays(1).toString();
        var pages = dynamo.queryPaginator(b -> b.tableName(salesTable).indexName(TableDefinitions.SALES_BY_CUSTOMER)
                .keyConditionExpression("#c = :c AND #sort >= :from")
                .expressionAttributeNames(Map.of("#c", SaleItems.CUSTOMER_KEY, "#sort", SaleItems.SALE_SORT))
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerKey),
                        ":from", AttributeValue.fromS(from)))
                .returnConsumedCapacity(meter.total()));
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            for (Map<String, AttributeValue> item : page.items()) {
                Sale sale = SaleItems.fromItem(item);
                LocalDate day = sale.occurredAt().atZoneSameInstant(zone).toLocalDate();
                if (!sale.isPurchase() || (needs.since() != null && day.isBefore(needs.since()))) {
                    continue;
                }
                for (SaleLine line : sale.lines()) {
                    add(days, ItemRef.Kind.GROUP, line.group(), day);
                    add(days, ItemRef.Kind.SKU, line.sku(), day);
                }
            }
        }
        return days;
    }

    private static void add(Map<ItemRef, NavigableSet<LocalDate>> days, ItemRef.Kind kind, String name,
                            LocalDate day) {
        if (name != null && !name.isBlank()) {
            NavigableSet<LocalDate> ofItem = days.get(new ItemRef(kind, name));
            if (ofItem != null) {
                ofItem.add(day);
            }
        }
    }
}

package io.winback.dynamo;

import io.winback.domain.SaleType;
import io.winback.report.DaySale;
import io.winback.report.SalesByDay;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.text;

/**
 * The Sales table's byDay index: one Query per shop day (a store's receipts are one key range within it), page by
 * page, so a report reads what its period holds and keeps none of it.
 */
public final class DynamoSalesByDay implements SalesByDay {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;

    public DynamoSalesByDay(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, String store, Consumer<DaySale> each) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Map<String, String> names = new HashMap<>(Map.of("#day", SaleItems.SALE_DAY));
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":day", AttributeValue.fromS(day.toString())));
            String condition = "#day = :day";
            if (store != null) {
                names.put("#sort", SaleItems.STORE_SORT);
                values.put(":store", AttributeValue.fromS(SaleItems.storeOf(store) + "#"));
                condition += " AND begins_with(#sort, :store)";
            }
            String keyCondition = condition;
            var pages = dynamo.queryPaginator(b -> b.tableName(table).indexName(TableDefinitions.SALES_BY_DAY)
                    .keyConditionExpression(keyCondition).expressionAttributeNames(names)
                    .expressionAttributeValues(values).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            for (var page : pages) {
                meter.recordRead(purpose, page.consumedCapacity());
                LocalDate saleDay = day;
                page.items().forEach(item -> each.accept(sale(item, saleDay)));
            }
        }
    }

    private static DaySale sale(Map<String, AttributeValue> item, LocalDate day) {
        return new DaySale(text(item, SaleItems.SALE_ID), text(item, SaleItems.CUSTOMER_KEY),
                SaleType.valueOf(text(item, "type")), SaleItems.storeOf(text(item, "storeId")), day,
                OffsetDateTime.parse(text(item, "occurredAt")).toInstant(), orZero(number(item, "total")),
                orZero(number(item, "bonusRedeemed")), orZero(number(item, SaleItems.DISCOUNT_TOTAL)));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}

package io.winback.dynamo;

import io.winback.domain.SaleType;
import io.winback.report.DaySale;
import io.winback.report.SalesByDay;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.text;

/**
 * The Sales table's byDay index: one Query per shop day (a store's receipts are one key range within it), so a report
 * reads what its period holds and nothing else.
 */
public final class DynamoSalesByDay implements SalesByDay {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    /** Days read at once. */
    static final int DAYS_IN_FLIGHT = 8;
    private final String purpose;

    public DynamoSalesByDay(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    /**
     * Days are read {@value #DAYS_IN_FLIGHT} at a time (a year is 366 Queries: one after another they took most of the
     * API's time limit) and handed over in day order, so a report may close a day when the next begins; at most
     * that many days' receipts are held at once.
     */
    @Override
    public void forEach(LocalDate from, LocalDate to, String store, Consumer<DaySale> each) {
        try (ExecutorService reads = Executors.newVirtualThreadPerTaskExecutor()) {
            Deque<Future<List<DaySale>>> inFlight = new ArrayDeque<>();
            LocalDate next = from;
            while (!next.isAfter(to) || !inFlight.isEmpty()) {
                while (!next.isAfter(to) && inFlight.size() < DAYS_IN_FLIGHT) {
                    LocalDate day = next;
                    inFlight.add(reads.submit(() -> day(day, store)));
                    next = next.plusDays(1);
                }
                inFlight.poll().get().forEach(each);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the period's receipts", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("reading the period's receipts failed", e.getCause());
        }
    }

    /** One shop day's receipts (of one store's key range when {@code store} is given), in the index's order. */
    private List<DaySale> day(LocalDate day, String store) {
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
                .expressionAttributeValues(values).returnConsumedCapacity(meter.total()));
        List<DaySale> sales = new ArrayList<>();
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            page.items().forEach(item -> sales.add(sale(item, day)));
        }
        return sales;
    }

    private static DaySale sale(Map<String, AttributeValue> item, LocalDate day) {
        return new DaySale(text(item, SaleItems.SALE_ID), text(item, SaleItems.CUSTOMER_KEY),
                SaleType.valueOf(text(item, SaleItems.TYPE)), SaleItems.storeOf(text(item, SaleItems.STORE_ID)), day,
                OffsetDateTime.parse(text(item, SaleItems.OCCURRED_AT)).toInstant(),
                orZero(number(item, SaleItems.TOTAL)), orZero(number(item, SaleItems.BONUS_REDEEMED)),
                orZero(number(item, SaleItems.DISCOUNT_TOTAL)));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}

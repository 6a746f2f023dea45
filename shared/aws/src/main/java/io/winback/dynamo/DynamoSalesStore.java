package io.winback.dynamo;

import io.winback.domain.RefundableSale;
import io.winback.domain.ReturnCheck;
import io.winback.domain.Sale;
import io.winback.domain.SaleType;
import io.winback.domain.SalesStore;
import io.winback.json.Json;
import io.winback.validation.InvalidCursorException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sales in DynamoDB: one conditional PutItem per sale, so a retried request can never apply a sale twice. */
public final class DynamoSalesStore implements SalesStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final ZoneId shopZone;

    /** @param shopZone decides the shop day a sale is indexed under in {@code byDay} */
    public DynamoSalesStore(DynamoDbClient dynamo, String table, CapacityMeter meter, ZoneId shopZone) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.shopZone = shopZone;
    }

    @Override
    public Outcome record(Sale sale, Instant receivedAt) {
        Map<String, AttributeValue> item = SaleItems.toItem(sale, receivedAt.toString(), shopZone);
        try {
            var response = dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", SaleItems.SALE_ID))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .returnConsumedCapacity(meter.perIndex()));
            meter.recordWrite("ingest", response.consumedCapacity());
            return Outcome.ACCEPTED;
        } catch (ConditionalCheckFailedException exists) {
            Map<String, AttributeValue> stored = exists.hasItem() && sameSale(exists.item(), sale.saleId())
                    ? exists.item() : storedItem(sale.saleId());
            String storedHash = stored == null ? null : SaleItems.contentHashOf(stored);
            return SaleItems.contentHashOf(item).equals(storedHash) ? Outcome.DUPLICATE : Outcome.CONFLICT;
        }
    }

    /**
     * One UpdateItem of the customer map and the key it is filed under in byCustomer (and projected into byDay); the
     * content fingerprint stays, so the receipt as the till sent it is still recognised as a duplicate. The Sales
     * stream sees a MODIFY, which the stats function does not take (only new sales change statistics).
     */
    @Override
    public void replaceCustomer(String saleId, io.winback.domain.SaleCustomer customer) {
        try {
            var response = dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(SaleItems.SALE_ID, AttributeValue.fromS(saleId)))
                    .updateExpression("SET #c = :c, #k = :k")
                    .conditionExpression("attribute_exists(#id)")
                    .expressionAttributeNames(Map.of("#c", SaleItems.CUSTOMER, "#k", SaleItems.CUSTOMER_KEY,
                            "#id", SaleItems.SALE_ID))
                    .expressionAttributeValues(Map.of(":c", SaleItems.customerOf(customer),
                            ":k", AttributeValue.fromS(io.winback.domain.CustomerKey.of(customer))))
                    .returnConsumedCapacity(meter.perIndex()));
            meter.recordWrite("erasure", response.consumedCapacity());
        } catch (ConditionalCheckFailedException gone) {
            // No such receipt: nothing to replace.
        }
    }

    @Override
    public Map<String, RefundableSale> refundables(Collection<String> saleIds) {
        Map<String, RefundableSale> found = new HashMap<>();
        SaleBatchReads.read(new DynamoBatches(dynamo, table, meter, "ingest"), saleIds, Map.of("#id",
                        SaleItems.SALE_ID, "#c", SaleItems.CUSTOMER_KEY, "#t", SaleItems.TYPE, "#total",
                        SaleItems.TOTAL, "#refunded", SaleItems.REFUNDED_TOTAL), true,
                item -> found.put(item.get(SaleItems.SALE_ID).s(), SaleItems.refundableOf(item)));
        return found;
    }

    @Override
    public ReturnWrite recordReturn(Sale ret, Instant receivedAt, ReturnCheck.Verdict.Against against) {
        Map<String, AttributeValue> item = SaleItems.toItem(ret, receivedAt.toString(), shopZone);
        item.put(SaleItems.MATCHED_ORIGINAL, AttributeValue.fromBool(true));
        Map<String, String> names = new HashMap<>(Map.of("#c", SaleItems.CUSTOMER_KEY, "#t", SaleItems.TYPE,
                "#total", SaleItems.TOTAL, "#refunded", SaleItems.REFUNDED_TOTAL));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":c", AttributeValue.fromS(ret.customerKey()),
                ":sale", AttributeValue.fromS(SaleType.SALE.name()),
                ":before", AttributeValue.fromN(against.before().toPlainString()),
                ":after", AttributeValue.fromN(against.after().toPlainString())));
        // Optimistic: the refunded total must still be the one the check was made on, else another return came first.
        String unchanged = against.before().signum() == 0
                ? "(attribute_not_exists(#refunded) OR #refunded = :before)" : "#refunded = :before";
        try {
            var response = dynamo.transactWriteItems(b -> b.returnConsumedCapacity(meter.total()).transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(#id)")
                            .expressionAttributeNames(Map.of("#id", SaleItems.SALE_ID))).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(table)
                            .key(Map.of(SaleItems.SALE_ID, AttributeValue.fromS(against.original().saleId())))
                            .updateExpression("SET #refunded = :after")
                            .conditionExpression("#c = :c AND #t = :sale AND #total >= :after AND " + unchanged)
                            .expressionAttributeNames(names).expressionAttributeValues(values)).build()));
            if (response.hasConsumedCapacity()) {
                response.consumedCapacity().forEach(c -> meter.recordWrite("ingest", c));
            }
            return new ReturnWrite.Stored(Outcome.ACCEPTED);
        } catch (TransactionCanceledException cancelled) {
            var reasons = cancelled.cancellationReasons();
            if (!reasons.isEmpty() && "ConditionalCheckFailed".equals(reasons.getFirst().code())) {
                Map<String, AttributeValue> stored = storedItem(ret.saleId());
                String storedHash = stored == null ? null : SaleItems.contentHashOf(stored);
                return new ReturnWrite.Stored(SaleItems.contentHashOf(item).equals(storedHash)
                        ? Outcome.DUPLICATE : Outcome.CONFLICT);
            }
            return new ReturnWrite.OriginalMoved();
        }
    }

    @Override
    public java.util.Optional<Sale> find(String saleId) {
        return java.util.Optional.ofNullable(storedItem(saleId)).map(SaleItems::fromItem);
    }

    /**
     * DynamoDB Local, under concurrent requests, has been seen returning another key's item with a condition
     * failure; a wrong item would turn a duplicate into a false conflict, so it is checked and, if wrong, re-read.
     */
    private static boolean sameSale(Map<String, AttributeValue> item, String saleId) {
        AttributeValue id = item.get(SaleItems.SALE_ID);
        return id != null && saleId.equals(id.s());
    }

    private Map<String, AttributeValue> storedItem(String saleId) {
        var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(SaleItems.SALE_ID, AttributeValue.fromS(saleId)))
                .returnConsumedCapacity(meter.total()));
        meter.recordRead("ingest", response.consumedCapacity());
        return response.hasItem() ? response.item() : null;
    }

    @Override
    public Page historyOf(String customerKey, int limit, String cursor) {
        QueryResponse response = dynamo.query(b -> {
            b.tableName(table).indexName(TableDefinitions.SALES_BY_CUSTOMER)
                    .keyConditionExpression("#c = :c")
                    .expressionAttributeNames(Map.of("#c", SaleItems.CUSTOMER_KEY))
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerKey)))
                    .scanIndexForward(false)
                    .limit(limit)
                    .returnConsumedCapacity(meter.perIndex());
            if (cursor != null) {
                b.exclusiveStartKey(decodeCursor(cursor, customerKey));
            }
        });
        meter.recordRead("api", response.consumedCapacity());
        List<Sale> sales = response.items().stream().map(SaleItems::fromItem).toList();
        String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? encodeCursor(response.lastEvaluatedKey()) : null;
        return new Page(sales, next);
    }

    private static String encodeCursor(Map<String, AttributeValue> lastKey) {
        Map<String, String> plain = new HashMap<>();
        lastKey.forEach((name, value) -> plain.put(name, value.s()));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(plain).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, AttributeValue> decodeCursor(String cursor, String customerKey) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Map<String, AttributeValue> key = new HashMap<>();
            Json.readTree(text).properties().forEach(e -> key.put(e.getKey(), AttributeValue.fromS(e.getValue().asText())));
            boolean complete = key.containsKey(SaleItems.SALE_ID) && key.containsKey(SaleItems.SALE_SORT)
                    && key.size() == 3;
            if (!complete || !customerKey.equals(key.get(SaleItems.CUSTOMER_KEY).s())) {
                throw new InvalidCursorException("cursor does not belong to this customer's history");
            }
            return key;
        } catch (InvalidCursorException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidCursorException("cursor is not one this API returned");
        }
    }
}

package io.winback.dynamo;

import io.winback.shop.ShopTotalsWriter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The shop totals item of the Chains table (pk {@code shop}, sk {@code totals}), changed with one UpdateItem ADD per
 * stream batch. ADD is not idempotent, so it is only called for sales the batch newly applied to their customers
 * (which is exactly once); a crash between the customer's write and this one loses that batch's share, so the totals
 * may run a little short, never double: good enough for an average check, which only sizes a bonus cap.
 */
public final class DynamoShopTotalsWriter implements ShopTotalsWriter {
    public static final Map<String, AttributeValue> KEY = Map.of(ChainsTable.PK, AttributeValue.fromS("shop"),
            ChainsTable.SK, AttributeValue.fromS("totals"));
    /** Purchases counted so far (the {@link DynamoAverageCheckReader} divides by it). */
    static final String PURCHASES = "purchases";
    /** Their net spent: sales minus refunds. */
    static final String NET_SPENT = "netSpent";
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;

    public DynamoShopTotalsWriter(DynamoDbClient dynamo, String table, CapacityMeter meter) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
    }

    @Override
    public void add(int purchases, BigDecimal netSpent) {
        if (purchases == 0 && netSpent.signum() == 0) {
            return;
        }
        var response = dynamo.updateItem(b -> b.tableName(table).key(KEY)
                .updateExpression("ADD " + PURCHASES + " :p, " + NET_SPENT + " :n")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromN(Integer.toString(purchases)),
                        ":n", AttributeValue.fromN(netSpent.toPlainString())))
                .returnConsumedCapacity(meter.total()));
        meter.recordWrite("stats", response.consumedCapacity());
    }
}

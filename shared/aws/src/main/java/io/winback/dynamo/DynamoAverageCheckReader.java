package io.winback.dynamo;

import io.winback.money.Money;
import io.winback.shop.ShopAverageCheck;
import io.winback.shop.AverageCheckReader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The shop's totals item of the Chains table ({@code shop} / {@code totals}, kept by the stats function): the
 * average check is net spent per purchase. Read each time it is asked (a PUT or GET of the chains, a bonus step, an
 * episode's start, a campaign report): the totals move with every sale.
 */
public final class DynamoAverageCheckReader implements AverageCheckReader {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAverageCheckReader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<ShopAverageCheck> averageCheck() {
        var response = dynamo.getItem(b -> b.tableName(table).key(DynamoShopTotalsWriter.KEY));
        if (!response.hasItem()) {
            return Optional.empty();
        }
        BigDecimal purchases = Attributes.number(response.item(), DynamoShopTotalsWriter.PURCHASES);
        BigDecimal netSpent = Attributes.number(response.item(), DynamoShopTotalsWriter.NET_SPENT);
        if (purchases == null || netSpent == null || purchases.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ShopAverageCheck(Money.perEach(netSpent, purchases.longValueExact()).amount(),
                purchases.longValueExact()));
    }
}

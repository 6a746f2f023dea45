package io.winback.dynamo;

import io.winback.shop.ShopAverageCheck;
import io.winback.config.WinbackConfig;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShopAverageCheckIsNetSpentPerPurchaseTest {
    private final String table = LocalDynamo.freshTables(Map.of()).chains().chainsTable();
    private final DynamoAverageCheckReader figures = new DynamoAverageCheckReader(LocalDynamo.client(), table);

    @Test
    void ninetyThousandOverAHundredPurchasesIs900() {
        totals("100", "90000");

        assertEquals(Optional.of(new BigDecimal("900.00")), average());
    }

    @Test
    void theAverageIsRoundedHalfUpToTwoDecimals() {
        totals("3", "1000.00");
        assertEquals(Optional.of(new BigDecimal("333.33")), average());

        totals("8", "1.00");
        assertEquals(Optional.of(new BigDecimal("0.13")), average(), "0.125 rounds up");
    }

    @Test
    void beforeTheFirstSaleThereIsNoAverage() {
        assertEquals(Optional.empty(), figures.averageCheck());

        totals("0", "0");
        assertEquals(Optional.empty(), figures.averageCheck());
    }

    private Optional<BigDecimal> average() {
        return figures.averageCheck().map(ShopAverageCheck::amount);
    }

    @Test
    void theAverageSaysHowManyPurchasesItIsOf() {
        totals("100", "90000");

        assertEquals(Optional.of(new ShopAverageCheck(new BigDecimal("900.00"), 100)), figures.averageCheck());
    }

    private void totals(String purchases, String netSpent) {
        LocalDynamo.client().putItem(b -> b.tableName(table).item(Map.of(
                ChainsTable.PK, AttributeValue.fromS("shop"), ChainsTable.SK, AttributeValue.fromS("totals"),
                "purchases", AttributeValue.fromN(purchases), "netSpent", AttributeValue.fromN(netSpent))));
    }
}

package io.winback.stats;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoShopTotalsWriter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shop's purchases and net spent (for its average check) grow by each sale once, a redelivery adds nothing. */
class ShopTotalsCountEachSaleOnceTest {

    @ParameterizedTest
    @Event(value = "../../events/customer-stats-insert.json", type = DynamodbEvent.class)
    void aRedeliveredBatchLeavesTheShopTotalsAsTheyWere(DynamodbEvent event) {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config, Clock.systemUTC(),
                CapacityMeter.NONE);

        handler.handleRequest(event, null);
        handler.handleRequest(event, null);

        Map<String, AttributeValue> totals = LocalDynamo.client().getItem(b -> b.tableName(config.chains().chainsTable())
                .key(DynamoShopTotalsWriter.KEY).consistentRead(true)).item();
        assertEquals("2", totals.get("purchases").n());
        assertEquals(0, new BigDecimal("2700.00").compareTo(new BigDecimal(totals.get("netSpent").n())));
    }
}

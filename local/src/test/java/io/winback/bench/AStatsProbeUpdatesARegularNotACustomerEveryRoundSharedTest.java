package io.winback.bench;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.SaleItems;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Each cold-start probe of the stats gets its own customer with an ordinary history, so that the card the first call
 * reads and writes back is the same size in every round (a shared one grew by six sales a probe).
 */
class AStatsProbeUpdatesARegularNotACustomerEveryRoundSharedTest {

    @Test
    void eachProbesCustomerHasBoughtThreeTimesBeforeAndTheBatchesAreItsSales(@TempDir Path dir) throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        ReturningCustomers customers = new ReturningCustomers(LocalDynamo.client(), config);
        var store = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
                new CustomerItems(config.segments(), config.sleep()), CapacityMeter.NONE, "test");

        String first = customers.next();
        String second = customers.next();

        assertNotEquals(first, second);
        var stats = store.find(first).orElseThrow().stats();
        assertEquals(ReturningCustomers.EARLIER_PURCHASES, stats.purchases());
        assertEquals(0, new BigDecimal("3.00").compareTo(stats.salesTotal()), "three sample sales of 1.00");
        assertEquals(1, store.find(first).orElseThrow().recentSales().appliedAt().size(),
                "ten days apart, only the last is still remembered as recently applied");

        Path file = dir.resolve("stats.in");
        ColdStartInputs.write("customer-stats", file, "unused", second);
        for (int call = 0; call < ColdStartInputs.CALLS; call++) {
            var image = StreamBatchReader.batch(file, call).getRecords().getFirst().getDynamodb().getNewImage();
            assertEquals(second, image.get(SaleItems.CUSTOMER_KEY).getS());
        }
    }
}

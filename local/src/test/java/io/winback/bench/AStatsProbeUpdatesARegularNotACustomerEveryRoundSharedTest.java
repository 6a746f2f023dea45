package io.winback.bench;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.SaleItems;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Each cold-start probe of the stats gets its own customer with an ordinary history, so that the card the first call
 * reads and writes back is the same size in every round (a shared one grew by six sales a probe).
 */
class AStatsProbeUpdatesARegularNotACustomerEveryRoundSharedTest {

    @Test
    void eachProbesBatchesAreSalesOfItsOwnCustomerWhoHasBoughtThreeTimesBefore(@TempDir Path dir) throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        ReturningCustomers customers = new ReturningCustomers(LocalDynamo.client(), config);
        var store = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");

        String first = customerOfEveryCall(dir.resolve("first.in"), customers);
        String second = customerOfEveryCall(dir.resolve("second.in"), customers);

        assertNotEquals(first, second, "two probes, two customers");
        for (String key : List.of(first, second)) {
            Customer stored = store.find(key).orElseThrow();
            assertEquals(ReturningCustomers.EARLIER_PURCHASES, stored.stats().purchases());
            assertEquals(0, new BigDecimal("3.00").compareTo(stored.stats().salesTotal()), "three sample sales of 1.00");
            assertEquals(1, stored.recentSales().receivedAt().size(),
                    "ten days apart, only the last is still remembered as recently applied");
        }
    }

    /** The probe's inputs as the bench writes them: the one customer all of its calls are sales of. */
    private static String customerOfEveryCall(Path file, ReturningCustomers customers) throws Exception {
        ColdStarts.writeInputs("customer-stats", file.getParent(), file, customers);
        Set<String> keys = new HashSet<>();
        for (int call = 0; call < ColdStartInputs.CALLS; call++) {
            var image = StreamBatchReader.batch(file, call).getRecords().getFirst().getDynamodb().getNewImage();
            keys.add(image.get(SaleItems.CUSTOMER_KEY).getS());
        }
        assertEquals(1, keys.size(), "every call of a probe updates the same customer: " + keys);
        return keys.iterator().next();
    }
}

package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.sleep.CustomerVisitDays;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The timing job's scan hands over every card that bought, with its distinct visit days, over several pages (40 items each), and
 * nothing of erased customers; the projection keeps it to the key, the days and the VIP flag.
 */
class TheTimingJobReadsOnlyEachCardsVisitDaysTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final DynamoCustomerStore customers = new DynamoCustomerStore(LocalDynamo.client(),
            config.customersTable(), new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");

    @Test
    void everyBuyersDaysComeBackOnceAndTheErasedNever() {
        for (int i = 0; i < 250; i++) {
            String key = "C-" + i;
            Customer c = Customer.firstSeen(key)
                    .apply(Sales.sale("a-" + i, key, "2026-05-0" + (1 + i % 9) + "T12:00:00+03:00", "100"), NOW,
                            config.shopZone())
                    .apply(Sales.sale("b-" + i, key, "2026-05-0" + (1 + i % 9) + "T18:00:00+03:00", "100"), NOW,
                            config.shopZone())
                    .apply(Sales.sale("c-" + i, key, "2026-10-20T12:00:00+03:00", "100"), NOW, config.shopZone());
            customers.saveIfUnchanged(c, NOW);
        }
        customers.saveIfUnchanged(Customer.firstSeen("never-bought"), NOW);
        LocalDynamo.client().putItem(b -> b.tableName(config.customersTable()).item(Map.of(
                CustomerItems.CUSTOMER_KEY, AttributeValue.fromS("erased"),
                TombstoneItems.ERASED_AT, AttributeValue.fromS(NOW.toString()),
                "visitDays", AttributeValue.fromNs(List.of("20000")))));

        List<CustomerVisitDays> read = new ArrayList<>();
        new DynamoVisitDaysScan(LocalDynamo.client(), config.customersTable(), CapacityMeter.NONE, "test", 40)
                .forEach(read::add);

        assertEquals(250, read.size());
        CustomerVisitDays seven = read.stream().filter(c -> c.key().equals("C-7")).findFirst().orElseThrow();
        assertArrayEquals(new int[] {(int) LocalDate.of(2026, 5, 8).toEpochDay(),
                (int) LocalDate.of(2026, 10, 20).toEpochDay()}, seven.epochDays());
        assertEquals(false, seven.vip());
    }
}

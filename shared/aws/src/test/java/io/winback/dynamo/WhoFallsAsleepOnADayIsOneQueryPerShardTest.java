package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhoFallsAsleepOnADayIsOneQueryPerShardTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void customersWhoseSleepDayIsTheDayAreFoundAcrossShardsAndNoOthers() {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        CapacityMeter meter = CapacityMeter.recording();
        DynamoCustomerStore store = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), meter, "check");
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            String key = "C-" + i;
            // One-time buyers of 2026-09-01 sleep on 2026-11-06 (66 days); those of the 2nd a day later.
            String day = i % 3 == 0 ? "2026-09-02" : "2026-09-01";
            Customer customer = Customer.firstSeen(key)
                    .apply(Sales.sale("s-" + i, key, day + "T12:00:00+03:00", "100"), NOW, config.shopZone());
            store.saveIfUnchanged(customer, NOW);
            if (day.equals("2026-09-01")) {
                expected.add(key);
            }
        }
        // A customer who bought twice is in segment 2-3 and sleeps 80 days later: not on the 6th.
        Customer regular = Customer.firstSeen("C-regular")
                .apply(Sales.sale("r-1", "C-regular", "2026-08-01T12:00:00+03:00", "100"), NOW, config.shopZone())
                .apply(Sales.sale("r-2", "C-regular", "2026-09-01T12:00:00+03:00", "100"), NOW, config.shopZone());
        store.saveIfUnchanged(regular, NOW);

        List<String> asleep = store.fallingAsleepOn(LocalDate.parse("2026-11-06"));

        assertEquals(expected, new HashSet<>(asleep));
        assertEquals(expected.size(), asleep.size(), "no customer twice");
        assertEquals(List.of("C-regular"), store.fallingAsleepOn(LocalDate.parse("2026-11-20")));
        Set<String> shards = new HashSet<>();
        expected.forEach(key -> shards.add(CustomerItems.sleepShardOf(key)));
        assertTrue(shards.size() > 8, "the day's sleepers are spread over the shards: " + shards);
    }
}

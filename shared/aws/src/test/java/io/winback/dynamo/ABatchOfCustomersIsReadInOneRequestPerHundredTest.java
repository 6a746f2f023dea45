package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.testing.InterceptedDynamo;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ABatchOfCustomersIsReadInOneRequestPerHundredTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void storedCustomersComeBackAsFindReadsThemAndAbsentOnesAreLeftOut() {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        AtomicInteger batchReads = new AtomicInteger();
        CapacityMeter meter = CapacityMeter.recording();
        DynamoCustomerStore store = new DynamoCustomerStore(countingBatchReads(LocalDynamo.client(), batchReads),
                config.customersTable(), new CustomerItems(config.bands(), config.sleep()), meter, "stats");
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            String key = "C-" + i;
            wanted.add(key);
            if (i % 10 != 0) {
                Customer customer = Customer.firstSeen(key)
                        .apply(Sales.sale("s-" + i, key, "2026-09-01T12:00:00+03:00", (100 + i) + ".00"), NOW,
                                config.shopZone());
                store.saveIfUnchanged(customer, NOW);
            }
        }
        wanted.add("C-1");  // asked twice: read once

        Map<String, Customer> found = store.findAll(wanted);

        assertEquals(207, found.size(), "the 23 never stored are absent, not empty customers");
        assertEquals(3, batchReads.get(), "230 distinct keys: 100 + 100 + 30");
        for (String key : List.of("C-1", "C-99", "C-229")) {
            assertEquals(store.find(key).orElseThrow(), found.get(key));
        }
        assertFalse(found.containsKey("C-10"));
        assertTrue(meter.snapshot().getOrDefault("stats.read.total", 0.0) >= 207 * 0.5,
                "every customer read is metered, at least half a unit each: " + meter.snapshot());
    }

    /** The real client, counting BatchGetItem requests on the way through. */
    private static DynamoDbClient countingBatchReads(DynamoDbClient real, AtomicInteger count) {
        return InterceptedDynamo.of(real, (request, answer) -> {
            if (request instanceof BatchGetItemRequest) {
                count.incrementAndGet();
            }
            return answer.call();
        });
    }
}

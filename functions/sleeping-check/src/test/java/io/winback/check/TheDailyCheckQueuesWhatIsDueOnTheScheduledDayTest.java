package io.winback.check;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.winback.chain.WorkItem;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduler's event names the day: the check queues the customers asleep by then (a missed earlier day
 * included), not those of tomorrow, and carries the scheduled time, never the clock, to the worker.
 */
class TheDailyCheckQueuesWhatIsDueOnTheScheduledDayTest {
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final List<WorkItem> queued = new ArrayList<>();
    private final SleepingCheckHandler handler = new SleepingCheckHandler(LocalDynamo.client(), config, queued::addAll);

    @ParameterizedTest
    @Event(value = "../../events/daily-check-scheduled.json", type = Map.class)
    void theScheduledDayDecidesWhoIsQueued(Map<String, Object> event) {
        // One purchase: asleep 66 days later. 30.09 → 05.12 (today), 29.09 → 04.12 (missed yesterday), 01.10 → 06.12.
        buy("C-today", "2026-09-30");
        buy("C-yesterday", "2026-09-29");
        buy("C-tomorrow", "2026-10-01");

        Map<String, Object> summary = handler.handleRequest(event, null);

        assertEquals("2026-12-05", summary.get("day"));
        assertEquals(2, summary.get("sleepersQueued"));
        assertEquals(List.of("C-today", "C-yesterday"), queued.stream().map(WorkItem::customerKey).sorted().toList());
        assertTrue(queued.stream().allMatch(item -> item.runTime().equals(Instant.parse("2026-12-05T07:00:00Z"))));
        assertEquals(LocalDate.parse("2026-12-04"), queued.stream().filter(i -> i.customerKey().equals("C-yesterday"))
                .map(i -> ((WorkItem.DecideSleeper) i).sleepAt()).findFirst().orElseThrow());
    }

    @Test
    void anEventWithoutTheScheduledTimeIsRefusedWithWhatToSend() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> handler.handleRequest(Map.of("detail", Map.of()), null));
        assertTrue(refused.getMessage().contains("scheduledTime"), refused.getMessage());
        assertEquals(List.of(), queued);
    }

    private void buy(String key, String day) {
        var store = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");
        Customer customer = Customer.firstSeen(key).apply(Sales.sale(key + "-1", key, day + "T12:00:00+03:00", "900"),
                Instant.now(), config.shopZone());
        assertTrue(store.saveIfUnchanged(customer, Instant.now()));
    }
}

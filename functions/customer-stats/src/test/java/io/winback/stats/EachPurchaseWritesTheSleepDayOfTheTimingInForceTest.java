package io.winback.stats;

import io.winback.config.WinbackConfig;
import io.winback.domain.Sale;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.sleep.CachedTimingStore;
import io.winback.sleep.InMemoryTimingStore;
import io.winback.sleep.TimingInForce;
import io.winback.testing.LocalDynamo;
import io.winback.testing.SalesStream;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stats function writes the card's sleep day (the attribute the daily check's index reads) under what the timing
 * job put in force: the shop's model moves it with each purchase, a purchase no sooner than the model expected moves
 * it later, and a return to the playbook reaches the stream within five minutes.
 */
class EachPurchaseWritesTheSleepDayOfTheTimingInForceTest {
    /** CDNOW's published BG/NBD parameters in days; asleep once no purchase in 90 days is 80 % likely. */
    private static final TimingInForce.Model MODEL = new TimingInForce.Model(0.243, 4.414 * 7, 0.793, 2.426, 0.8,
            90, LocalDate.of(2026, 9, 1), Instant.parse("2026-09-01T03:00:00Z"));
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-05T07:00:00Z"));
    private final InMemoryTimingStore timing = new InMemoryTimingStore(MODEL);
    private final CustomerStatsHandler stats = new CustomerStatsHandler(LocalDynamo.client(), config, clock,
            CapacityMeter.NONE, new DynamoChainConfigurationStore(LocalDynamo.client(),
            config.chains().chainsTable(), clock), timing);

    @Test
    void underTheModelAPurchaseNoSoonerThanExpectedMovesTheDayLater() {
        buys("C-1", "2026-03-01");
        LocalDate first = sleepAt("C-1");
        assertNotEquals(LocalDate.of(2026, 3, 1).plusDays(66), first, "not the playbook's 66 days");

        // A one-time buyer is expected back after (α + 0) / (r + 0) = 127 days.
        buys("C-1", "2026-07-06");

        LocalDate second = sleepAt("C-1");
        assertTrue(second.isAfter(first), first + " then " + second);
        assertNotEquals(LocalDate.of(2026, 7, 6).plusDays(80), second, "not the playbook's 80 days");
    }

    @Test
    void aReturnToThePlaybookReachesTheStreamWithinFiveMinutes() {
        buys("C-1", "2026-03-01");
        LocalDate modelDay = sleepAt("C-1");
        timing.store(new TimingInForce.Playbook(TimingInForce.PlaybookReason.NO_GAIN, LocalDate.of(2026, 12, 5),
                clock.instant()), null);

        buys("C-2", "2026-03-01");
        assertEquals(modelDay, sleepAt("C-2"), "the container still holds the model");

        clock.advance(CachedTimingStore.FRESH_FOR);
        buys("C-3", "2026-03-01");
        assertEquals(LocalDate.of(2026, 3, 1).plusDays(66), sleepAt("C-3"), "the playbook's day five minutes on");
    }

    private void buys(String customerKey, String day) {
        Sale sale = Sales.sale(customerKey + "-" + day, customerKey, day + "T12:00:00+03:00", "900");
        new DynamoSalesStore(LocalDynamo.client(), config.salesTable(), CapacityMeter.NONE, config.shopZone())
                .record(sale, clock.instant());
        var response = stats.handleRequest(SalesStream.batchOf(config.salesTable(), List.of(sale.saleId())), null);
        assertEquals(List.of(), response.getBatchItemFailures());
    }

    private LocalDate sleepAt(String customerKey) {
        return LocalDate.parse(LocalDynamo.item(config.customersTable(), CustomerItems.CUSTOMER_KEY, customerKey)
                .get(CustomerItems.SLEEP_AT).s());
    }
}

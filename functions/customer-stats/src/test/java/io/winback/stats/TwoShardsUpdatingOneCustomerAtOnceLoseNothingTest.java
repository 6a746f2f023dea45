package io.winback.stats;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sale;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwoShardsUpdatingOneCustomerAtOnceLoseNothingTest {

    @Test
    void salesOfOneCustomerArrivingOnTwoShardsAtOnceAreAllCounted() throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        DynamoCustomerStore store = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "stats");
        var markers = new io.winback.dynamo.DynamoAppliedSaleMarkers(LocalDynamo.client(), config.chains().chainsTable(),
                CapacityMeter.NONE, "stats");
        var history = new io.winback.dynamo.DynamoBonusHistory(LocalDynamo.client(), config.chains().chainsTable(),
                CapacityMeter.NONE, "stats");
        int perShard = 120;
        List<List<StreamedSale>> shards = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 2 * perShard; i++) {
            String day = java.time.LocalDate.parse("2025-01-01").plusDays(i).toString();
            Sale sale = Sales.sale("s-" + i, "C-1", day + "T12:00:00+03:00", "10.01");
            shards.get(i % 2).add(InMemoryLedgers.streamed(Integer.toString(i), sale));
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> retries = new ArrayList<>();
        for (List<StreamedSale> shard : shards) {
            CustomerStatsUpdater updater = new CustomerStatsUpdater(store, markers, history, io.winback.shop.ShopTotalsWriter.NONE, io.winback.consent.ConsentLedger.NONE, config.shopZone(), Clock.systemUTC());
            retries.add(pool.submit(() -> {
                int raced = 0;
                for (int from = 0; from < shard.size(); from += 5) {
                    CustomerStatsUpdater.Outcome outcome = updater.apply(shard.subList(from, from + 5));
                    assertTrue(outcome.failedSequenceNumbers().isEmpty());
                    raced += outcome.raceRetries();
                }
                return raced;
            }));
        }
        int raceRetries = retries.get(0).get() + retries.get(1).get();
        pool.shutdown();

        Customer customer = store.find("C-1").orElseThrow();
        assertEquals(2 * perShard, customer.stats().purchases());
        assertEquals(new BigDecimal("2402.40"), customer.stats().netSpent());
        assertEquals(2 * perShard, customer.stats().visitDays().size());
        System.out.println("two shards, " + 2 * perShard + " sales: " + raceRetries + " lost races retried");
    }
}

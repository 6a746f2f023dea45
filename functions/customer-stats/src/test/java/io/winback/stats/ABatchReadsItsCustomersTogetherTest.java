package io.winback.stats;

import io.winback.domain.Customer;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ABatchReadsItsCustomersTogetherTest {

    /** Counts single and batch reads; its batch read can be made to fail. */
    private static final class CountingStore extends InMemoryCustomers {
        final AtomicInteger singleReads = new AtomicInteger();
        final AtomicInteger batchReads = new AtomicInteger();
        volatile boolean batchReadFails;

        @Override
        public Optional<Customer> find(String key) {
            singleReads.incrementAndGet();
            return super.find(key);
        }

        @Override
        public Map<String, Customer> findAll(Collection<String> keys) {
            batchReads.incrementAndGet();
            if (batchReadFails) {
                throw new IllegalStateException("throttled");
            }
            Map<String, Customer> found = new HashMap<>();
            keys.forEach(key -> super.find(key).ifPresent(c -> found.put(key, c)));
            return found;
        }
    }

    private static List<StreamedSale> batch(String day) {
        List<StreamedSale> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(InMemoryLedgers.streamed(day + "-" + i,
                    Sales.sale(day + "-" + i, "C-" + (i % 20), day + "T12:00:00+03:00", "100")));
        }
        return batch;
    }

    @Test
    void twentyCustomersOfThirtySalesCostOneBatchReadAndNoSingleReads() {
        CountingStore store = new CountingStore();
        CustomerStatsUpdater updater = new CustomerStatsUpdater(store, new InMemoryLedgers(), new InMemoryLedgers(), io.winback.shop.ShopTotalsWriter.NONE, io.winback.consent.ConsentLedger.NONE, ZoneId.of("Europe/Moscow"), Clock.systemUTC());

        updater.apply(batch("2026-01-10"));
        CustomerStatsUpdater.Outcome second = updater.apply(batch("2026-02-10"));

        assertEquals(2, store.batchReads.get());
        assertEquals(0, store.singleReads.get());
        assertEquals(20, second.customersUpdated());
        assertEquals(4, store.saved.get("C-3").stats().purchases(), "C-3 is sales 3 and 23 of each batch");
        assertEquals(2, store.saved.get("C-13").stats().purchases());
    }

    @Test
    void whenTheBatchReadFailsEachCustomerIsReadAloneAndNothingIsLost() {
        CountingStore store = new CountingStore();
        CustomerStatsUpdater updater = new CustomerStatsUpdater(store, new InMemoryLedgers(), new InMemoryLedgers(), io.winback.shop.ShopTotalsWriter.NONE, io.winback.consent.ConsentLedger.NONE, ZoneId.of("Europe/Moscow"), Clock.systemUTC());
        updater.apply(batch("2026-01-10"));
        store.batchReadFails = true;

        CustomerStatsUpdater.Outcome outcome = updater.apply(batch("2026-02-10"));

        assertTrue(outcome.failedSequenceNumbers().isEmpty());
        assertEquals(30, outcome.salesApplied());
        assertEquals(20, store.singleReads.get());
        assertEquals(4, store.saved.get("C-3").stats().purchases());
    }
}

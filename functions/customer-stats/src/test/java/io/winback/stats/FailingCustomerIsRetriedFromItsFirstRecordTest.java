package io.winback.stats;

import io.winback.domain.Customer;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FailingCustomerIsRetriedFromItsFirstRecordTest {

    /** Writes for one customer fail, as when DynamoDB throttles a hot key. */
    private static final class StoreFailingFor extends InMemoryCustomers {
        private final String failingKey;

        StoreFailingFor(String failingKey) {
            this.failingKey = failingKey;
        }

        @Override
        public boolean saveIfUnchanged(Customer customer, Instant now) {
            if (customer.key().equals(failingKey)) {
                throw new IllegalStateException("throttled");
            }
            return super.saveIfUnchanged(customer, now);
        }
    }

    @Test
    void onlyTheFirstRecordOfTheFailingCustomerIsReportedAndOthersApply() {
        StoreFailingFor store = new StoreFailingFor("C-2");
        CustomerStatsUpdater updater = new CustomerStatsUpdater(store, new InMemoryLedgers(), new InMemoryLedgers(), io.winback.shop.ShopTotalsWriter.NONE, io.winback.consent.ConsentLedger.NONE, ZoneId.of("Europe/Moscow"), Clock.systemUTC());
        List<StreamedSale> batch = List.of(
                InMemoryLedgers.streamed("100", Sales.sale("a", "C-1", "2025-01-01T12:00:00+03:00", "1")),
                InMemoryLedgers.streamed("101", Sales.sale("b", "C-2", "2025-01-01T12:00:00+03:00", "1")),
                InMemoryLedgers.streamed("102", Sales.sale("c", "C-1", "2025-01-02T12:00:00+03:00", "1")),
                InMemoryLedgers.streamed("103", Sales.sale("d", "C-2", "2025-01-02T12:00:00+03:00", "1")));

        CustomerStatsUpdater.Outcome outcome = updater.apply(batch);

        assertEquals(List.of("101"), outcome.failedSequenceNumbers());
        assertEquals(2, store.find("C-1").orElseThrow().stats().purchases());
        assertEquals(Optional.empty(), store.find("C-2"));
    }
}

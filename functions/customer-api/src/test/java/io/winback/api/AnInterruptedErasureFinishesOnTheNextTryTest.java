package io.winback.api;

import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoSaleLineIndex;
import io.winback.dynamo.DynamoTombstones;
import io.winback.erasure.CustomerDataEraser;
import io.winback.erasure.CustomerErasers;
import io.winback.erasure.CustomerErasure;
import io.winback.erasure.ErasedCustomers;
import io.winback.erasure.Tombstone;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.winback.api.CustomerApiFixture.anna;
import static io.winback.api.CustomerApiFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The function dies half way through erasing C-1001 (DynamoDB refuses a write to the receipts): the tombstone already
 * keeps their old receipts out and says which stores are done; the next DELETE finishes the receipts with the moment
 * the erasure began, and a third answers the same.
 */
class AnInterruptedErasureFinishesOnTheNextTryTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();
    private final ManualClock clock = new ManualClock(CustomerApiFixture.NOW);
    private final DynamoTombstones tombstones = new DynamoTombstones(LocalDynamo.client(),
            fixture.config.customersTable(), CapacityMeter.NONE, "test");
    private boolean failNextSalesWrite = true;

    @Test
    void theRetryFinishesWhatTheFirstTryLeft() {
        CustomerErasure erasure = new CustomerErasure(fixture.config.erasedKeys(), tombstones, fixture.customers,
                withFailingSales(), clock);
        String erasedAs = fixture.config.erasedKeys().pseudonymOf("C-1001");

        assertThrows(IllegalStateException.class, () -> erasure.erase("C-1001"));

        Tombstone interrupted = tombstones.find(erasedAs).orElseThrow();
        assertFalse(interrupted.finished());
        assertEquals(CustomerApiFixture.NOW, interrupted.erasedAt());
        assertTrue(interrupted.isDone("customer") && !interrupted.isDone("sales"), interrupted.erased().toString());
        assertTrue(fixture.customers.find("C-1001").isEmpty());
        assertEquals(Set.of("s-1"), new ErasedCustomers(fixture.config.erasedKeys(), tombstones)
                .keptOut(List.of(purchase("s-1", anna(), "2025-09-01T12:00:00+03:00", "1000.00"))),
                "already keeps the old receipts out");
        assertEquals(3, fixture.sales.allOf("C-1001").size(), "the receipts are still to do");

        clock.advance(Duration.ofMinutes(5));
        var finished = assertInstanceOf(CustomerErasure.Outcome.Erased.class, erasure.erase("C-1001"));

        assertTrue(finished.now());
        assertEquals(CustomerApiFixture.NOW, finished.tombstone().erasedAt(), "the moment the erasure began");
        assertEquals(3, finished.tombstone().erased().get("sales"));
        assertEquals(1, finished.tombstone().erased().get("customer"), "counted by the first try, not again");
        assertEquals(0, fixture.sales.allOf("C-1001").size());
        assertEquals(3, fixture.sales.allOf(erasedAs).size(), "the receipts stay, under the pseudonym");
        fixture.sales.allOf(erasedAs).forEach(sale -> assertEquals(erasedAs, sale.customer().id()));

        var again = assertInstanceOf(CustomerErasure.Outcome.Erased.class, erasure.erase("C-1001"));
        assertFalse(again.now());
        assertEquals(finished.tombstone(), again.tombstone());
        assertInstanceOf(CustomerErasure.Outcome.Unknown.class, erasure.erase("C-never"));
        assertTrue(tombstones.find(fixture.config.erasedKeys().pseudonymOf("C-never")).isEmpty(),
                "nothing written for a key never known");
    }

    /** The real erasers, the receipts' one refusing its first run as DynamoDB would under throttling. */
    private List<CustomerDataEraser> withFailingSales() {
        List<CustomerDataEraser> erasers = new ArrayList<>();
        for (CustomerDataEraser eraser : fixture.erasers(fixture.customers, clock, List.of())) {
            erasers.add(!eraser.name().equals("sales") ? eraser : new CustomerDataEraser() {
                public String name() {
                    return eraser.name();
                }

                public int erase(Erasure erasure) {
                    if (failNextSalesWrite) {
                        failNextSalesWrite = false;
                        throw new IllegalStateException("throughput exceeded");
                    }
                    return eraser.erase(erasure);
                }
            });
        }
        return erasers;
    }
}

package io.winback.worker;

import io.winback.snapstart.Priming;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Priming walks the worker's path for a customer who never exists: the tables stay as they were. */
class SnapStartPrimingOfTheWorkerWritesNothingTest {

    @Test
    void primingReadsAndWritesNothing() {
        Shop shop = new Shop();
        Priming.beforeSnapshotNow();
        assertEquals(0, LocalDynamo.scan(shop.config.customersTable()).size());
        assertEquals(0, LocalDynamo.scan(shop.config.chains().chainsTable()).size());
        assertEquals(0, shop.outbox.messages().size());
    }
}

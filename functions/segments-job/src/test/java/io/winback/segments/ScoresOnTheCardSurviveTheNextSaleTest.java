package io.winback.segments;

import io.winback.domain.Customer;
import io.winback.domain.RfmScores;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stats rewrite a customer's whole item on every sale: the scores the job wrote must come through that write, and
 * the stats must not lose the sale to the job's version bump.
 */
class ScoresOnTheCardSurviveTheNextSaleTest {
    private final SeededShop shop = new SeededShop(40, 3);

    @Test
    void aSaleAppliedAfterTheRunKeepsTheScoresAndTheSale() {
        new SegmentsJobHandler(LocalDynamo.client(), shop.config, Clock.systemUTC(), CapacityMeter.NONE)
                .handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);
        String key = shop.customers.stream().filter(c -> shop.standingOf(c, SeededShop.DAY).isScored())
                .findFirst().orElseThrow().key();
        Customer scored = shop.store.find(key).orElseThrow();
        RfmScores scores = scored.scores();
        assertNotNull(scores);

        // What the stats do with a sale: read, apply, put the whole item conditioned on the version read.
        Customer after = scored.apply(Sales.sale(key + "-next", key, "2026-12-06T12:00:00+03:00", "500.00"),
                Instant.now(), shop.config.shopZone());
        assertTrue(shop.store.saveIfUnchanged(after, Instant.now()));

        Customer stored = shop.store.find(key).orElseThrow();
        assertEquals(scores, stored.scores());
        assertEquals(scored.stats().purchases() + 1, stored.stats().purchases());
    }

    @Test
    void aSaleReadBeforeTheRunIsAppliedAgainOnTheNewVersionNotWrittenOverTheScores() {
        String key = shop.customers.stream().filter(c -> shop.standingOf(c, SeededShop.DAY).isScored())
                .findFirst().orElseThrow().key();
        Customer readBeforeTheRun = shop.store.find(key).orElseThrow();
        new SegmentsJobHandler(LocalDynamo.client(), shop.config, Clock.systemUTC(), CapacityMeter.NONE)
                .handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);

        Customer stale = readBeforeTheRun.apply(Sales.sale(key + "-next", key, "2026-12-06T12:00:00+03:00", "500.00"),
                Instant.now(), shop.config.shopZone());
        assertEquals(false, shop.store.saveIfUnchanged(stale, Instant.now()), "the job bumped the version");
        Customer reread = shop.store.find(key).orElseThrow();
        Customer retried = reread.apply(Sales.sale(key + "-next", key, "2026-12-06T12:00:00+03:00", "500.00"),
                Instant.now(), shop.config.shopZone());
        assertTrue(shop.store.saveIfUnchanged(retried, Instant.now()));

        Customer stored = shop.store.find(key).orElseThrow();
        assertNotNull(stored.scores());
        assertEquals(reread.scores(), stored.scores());
        assertEquals(readBeforeTheRun.stats().purchases() + 1, stored.stats().purchases());
    }
}

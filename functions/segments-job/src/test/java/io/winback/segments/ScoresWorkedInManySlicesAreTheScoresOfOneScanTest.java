package io.winback.segments;

import io.winback.report.SegmentsSummary;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three hundred customers scored by the fanned-out job, four segments of slices of at most fourteen customers, each
 * slice a separate delivery to the real handler: every card holds what sorting them all gives, and the summary is the
 * one a single slice over everyone makes.
 */
class ScoresWorkedInManySlicesAreTheScoresOfOneScanTest {
    private final SeededShop shop = new SeededShop(300, 14);

    @Test
    void everyCardAndTheSummaryAreThoseOfOneScan() {
        SlicedRuns queue = new SlicedRuns();
        Map<String, Object> started = queue.handler(LocalDynamo.client(), shop, 4)
                .handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);
        assertEquals(4, started.get("segments"));
        while (!queue.bodies.isEmpty()) {
            queue.handler(LocalDynamo.client(), shop, 4).handleRequest(SlicedRuns.delivery(queue.bodies.poll()), null);
            queue.delivered++;
        }
        assertTrue(queue.delivered > 40, "slices delivered: " + queue.delivered);
        assertEquals(shop.expectedScores(SeededShop.DAY), shop.storedScores());
        SegmentsSummary sliced = SlicedRuns.summary(shop);

        Map<String, Object> oneScan = new SegmentsJobHandler(LocalDynamo.client(), shop.config, SlicedRuns.CLOCK,
                io.winback.dynamo.CapacityMeter.NONE, new io.winback.fanout.InlineSlices(),
                new io.winback.fanout.SliceBudget(1000, null), 1)
                .handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);
        assertEquals(2, oneScan.get("slices"), "one slice a pass");
        SegmentsSummary whole = SlicedRuns.summary(shop);
        assertEquals(whole.grid(), sliced.grid());
        assertEquals(whole.abc(), sliced.abc());
        assertEquals(whole.census(), sliced.census());
        assertEquals(whole.cuts(), sliced.cuts());
        assertEquals(300, sliced.run().customersRead());
        assertEquals((long) shop.expectedScores(SeededShop.DAY).size(), sliced.run().scoresWritten());
        assertEquals(0, whole.run().scoresWritten(), "the one-scan run after it finds every score written");
    }
}

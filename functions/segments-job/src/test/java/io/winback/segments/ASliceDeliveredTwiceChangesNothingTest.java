package io.winback.segments;

import io.winback.report.SegmentsSummary;
import io.winback.testing.DuplicatedDeliveries;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SQS delivers at least once: here every slice message is delivered twice, the second time right after the first (so
 * its continuation is sent twice too).
 * The cards and the summary are exactly those of single deliveries: a slice's outcome is recorded once, a finished
 * segment counted once, the scores written once.
 */
class ASliceDeliveredTwiceChangesNothingTest {
    private final SeededShop shop = new SeededShop(200, 21);

    @Test
    void theCardsAndTheSummaryAreThoseOfOneDelivery() {
        SlicedRuns queue = new SlicedRuns();
        queue.handler(LocalDynamo.client(), shop, 3).handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);
        DuplicatedDeliveries.drain(queue.bodies, body -> queue.handler(LocalDynamo.client(), shop, 3)
                .handleRequest(SlicedRuns.delivery(body), null));

        assertEquals(shop.expectedScores(SeededShop.DAY), shop.storedScores());
        SegmentsSummary summary = SlicedRuns.summary(shop);
        assertEquals(200, summary.run().customersRead());
        assertEquals((long) shop.expectedScores(SeededShop.DAY).size(), summary.run().scoresWritten());
        assertEquals(0, summary.run().skippedChanged());
        assertEquals(shop.expectedScores(SeededShop.DAY).size(),
                summary.grid().stream().mapToLong(SegmentsSummary.Cell::customers).sum());
    }
}

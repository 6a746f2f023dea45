package io.winback.segments;

import io.winback.report.SegmentsSummary;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
        Set<String> delivered = new HashSet<>();
        while (!queue.bodies.isEmpty()) {
            String body = queue.bodies.poll();
            // A message's first copy is delivered twice, right away; the copy its second delivery sent again
            // arrives later, after other slices ran, and is delivered once more (delivering every copy twice would
            // double the slices at each step of a segment).
            boolean first = delivered.add(body);
            queue.handler(LocalDynamo.client(), shop, 3).handleRequest(SlicedRuns.delivery(body), null);
            if (first) {
                queue.handler(LocalDynamo.client(), shop, 3).handleRequest(SlicedRuns.delivery(body), null);
            }
        }

        assertEquals(shop.expectedScores(SeededShop.DAY), shop.storedScores());
        SegmentsSummary summary = SlicedRuns.summary(shop);
        assertEquals(200, summary.run().customersRead());
        assertEquals((long) shop.expectedScores(SeededShop.DAY).size(), summary.run().scoresWritten());
        assertEquals(0, summary.run().skippedChanged());
        assertEquals(shop.expectedScores(SeededShop.DAY).size(),
                summary.grid().stream().mapToLong(SegmentsSummary.Cell::customers).sum());
    }
}

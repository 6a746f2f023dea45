package io.winback.segments;

import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores are written only where they changed: the same day twice costs the scans and no writes. */
class ARerunWritesNothingWhenNothingChangedTest {
    private final SeededShop shop = new SeededShop(120, 5);
    private final CapacityMeter meter = CapacityMeter.recording();
    private final SegmentsJobHandler handler = new SegmentsJobHandler(LocalDynamo.client(), shop.config,
            Clock.systemUTC(), meter);

    @ParameterizedTest
    @Event(value = "../../events/segments-job-scheduled.json", type = Map.class)
    void theSecondRunOfTheDayWritesNoScore(Map<String, Object> scheduled) {
        // The scheduler's input for 10:30 Moscow on 5 December, as it arrives: the seeded shop's run time.
        assertEquals(java.time.Instant.parse((String) scheduled.get("scheduledTime")),
                java.time.OffsetDateTime.parse(SeededShop.RUN_TIME).toInstant());
        Map<String, Object> first = handler.handleRequest(scheduled, null);
        assertTrue((long) first.get("scoresWritten") > 0);
        Map<String, Long> versions = shop.versions();
        double unitsBefore = meter.snapshot().getOrDefault("segments.write.total", 0.0);

        Map<String, Object> second = handler.handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);

        assertEquals(0L, second.get("scoresWritten"));
        assertEquals(versions, shop.versions());
        // Only the summary item (under 2 KB) is written again: at most 2 units, where one customer more would add 1.
        assertTrue(meter.snapshot().get("segments.write.total") - unitsBefore <= 2.0);
    }

    @Test
    void aLaterDayRemovesTheScoresOfCustomersWhoBecameLost() {
        handler.handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);
        String later = "2027-03-01T10:30:00+03:00";
        java.time.LocalDate laterDay = java.time.LocalDate.parse("2027-03-01");
        long nowLost = shop.customers.stream().filter(c -> shop.standingOf(c, SeededShop.DAY).isScored()
                && !shop.standingOf(c, laterDay).isScored()).count();
        assertTrue(nowLost > 0, "the seed has customers who are lost by then");

        handler.handleRequest(Map.of("scheduledTime", later), null);

        assertEquals(shop.expectedScores(laterDay), shop.storedScores());
    }
}

package io.winback.bench;

import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bench's cycles phase on a small sample shop (150 customers, two years): its receipts go through the webhook,
 * the stream and the stats function on DynamoDB Local, and the cycles report learns dog food within three days of the
 * median interval of the generated receipts themselves, with enough evidence; televisions, bought once (a few twice,
 * years apart), get no cycle a chain could use.
 */
class DogFoodBoughtEverySixtyDaysIsLearnedFromTheReceiptsAndATelevisionIsNotTest {

    @Test
    @SuppressWarnings("unchecked")
    void theLearnedDogFoodCycleIsTheShopsOwnAndATelevisionHasNone() throws Exception {
        Map<String, Object> cycles = new CyclesBench(LocalDynamo.client(), LocalDynamo.streams(), 150).measure();

        // The truth, straight from the generated receipts before the held-out month.
        List<Integer> intervals = new ArrayList<>(SampleShop.generate(150).intervals("dogfood"));
        Collections.sort(intervals);
        int trueMedian = intervals.get((intervals.size() + 1) / 2 - 1);
        Map<String, Object> dogfood = (Map<String, Object>) cycles.get("dogfood");
        assertEquals(true, dogfood.get("enough_evidence"), dogfood.toString());
        int learned = ((Number) dogfood.get("median_days")).intValue();
        assertTrue(Math.abs(learned - trueMedian) <= 3, "learned " + learned + ", true " + trueMedian);
        assertEquals((long) intervals.size(), ((Number) dogfood.get("intervals")).longValue(),
                "every generated interval is counted once");

        Map<String, Object> tv = (Map<String, Object>) cycles.get("tv");
        assertFalse((Boolean) tv.get("enough_evidence"), tv.toString());

        Map<String, Object> timing = (Map<String, Object>) cycles.get("refill_timing");
        assertTrue(((Number) timing.get("customers_back_in_held_out_month")).intValue() > 0, timing.toString());
        assertNotNull(((Map<String, Object>) timing.get("personal")).get("share_reminded_before_return"));
        assertTrue(BenchReport.cyclesTable(Map.of("cycles", cycles))
                .contains("| `cycles.dogfood.median_days` | " + learned + " (true "));
    }
}

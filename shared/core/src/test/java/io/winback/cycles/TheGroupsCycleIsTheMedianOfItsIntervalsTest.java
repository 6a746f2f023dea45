package io.winback.cycles;

import org.junit.jupiter.api.Test;

import static io.winback.cycles.CycleFixtures.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The median and quartiles of the interval histogram: a few stock-ups and quick top-ups do not move the cycle. */
class TheGroupsCycleIsTheMedianOfItsIntervalsTest {

    @Test
    void outliersMoveTheQuartilesNotTheMedian() {
        // 10 quick top-ups at 3 days, 20 at 55, 40 at 60, 20 at 65, 10 stock-ups of a year (capped at 400).
        IntervalHistogram histogram = IntervalHistogram.of(counts(3, 10, 55, 20, 60, 40, 65, 20, 500, 10));

        GroupCycle cycle = GroupCycle.of(new GroupEvidence("dogfood", histogram, 40), CycleEvidencePolicy.DEFAULT);

        assertEquals(60, cycle.medianDays());
        assertEquals(55, cycle.lowerQuartileDays());
        assertEquals(65, cycle.upperQuartileDays());
        assertEquals(10, cycle.interquartileDays());
        assertEquals(100, cycle.intervals());
        assertEquals(400, histogram.countsByDays().lastKey());
    }

    @Test
    void anEvenCountTakesTheLowerMiddle() {
        assertEquals(30, IntervalHistogram.of(counts(30, 1, 40, 1)).quantile(0.5));
    }
}

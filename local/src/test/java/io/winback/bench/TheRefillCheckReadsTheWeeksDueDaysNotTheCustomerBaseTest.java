package io.winback.bench;

import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bench's replenishment scenario at a fiftieth of its size: 20 dog-food buyers due a reminder among 200 and then
 * among 2,000, the others due in the weeks after the run. On an ordinary day the check queues the same 20 and reads
 * the same units both times (the refill index's week, the group's mark); the day a chain edit makes it recompute the
 * group's due days it reads every buyer, so that run's reads grow with them, and it still queues the same 20.
 */
class TheRefillCheckReadsTheWeeksDueDaysNotTheCustomerBaseTest {

    @Test
    void tenTimesTheBuyersTheSameDueTheSameDailyReadsTheRecomputeReadsThemAll() throws Exception {
        Map<String, Object> figures = TriggerBenchFigures.readWhatIsDue(new TriggersBench(LocalDynamo::client,
                List.of(new RefillScenario()), 20, 200, 2_000).measure(), "replenishment", 20);

        double small = TriggerBenchFigures.number(figures, "recompute_rru_10k");
        double large = TriggerBenchFigures.number(figures, "recompute_rru_100k");
        assertTrue(small > 200 * 0.5, "the recompute read each of the 200 buyers' records: " + figures);
        assertTrue(large / small > 5, "the recompute reads every buyer, so it grows with them: " + figures);
        assertTrue(TriggerBenchFigures.number(figures, "check_rru_10k") < small / 10,
                "the daily run reads the week's due days, not the buyers: " + figures);
        assertTrue(BenchReport.triggersTable(Map.of("triggers", Map.of("replenishment", figures)))
                .contains("| `triggers.replenishment.recompute_rru_100k` | " + large + " |  |  |"));
    }
}

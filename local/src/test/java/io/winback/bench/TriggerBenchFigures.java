package io.winback.bench;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the triggers phase must show for every trigger: the due ones queued, the same reads on ten times the base. */
final class TriggerBenchFigures {

    private TriggerBenchFigures() {
    }

    /** The trigger's figures, after checking them; the ratio is also in the report's table, met. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readWhatIsDue(Map<String, Object> triggers, String trigger, int due) {
        Map<String, Object> figures = (Map<String, Object>) triggers.get(trigger);
        assertEquals(due, figures.get("check_items_queued"));
        double small = number(figures, "check_rru_10k");
        double large = number(figures, "check_rru_100k");
        assertTrue(small > 0, "the due customers' index entries were read: " + figures);
        double ratio = number(figures, "check_rru_ratio_100k_vs_10k");
        assertTrue(ratio <= 1.1, "reads grew with the base: " + figures);
        assertEquals(large / small, ratio, 0.01);
        assertTrue(BenchReport.triggersTable(Map.of("triggers", triggers))
                .contains("| `triggers." + trigger + ".check_rru_ratio_100k_vs_10k` | " + ratio + " | ≤ 1.1 | yes |"));
        return figures;
    }

    static double number(Map<String, Object> figures, String name) {
        return ((Number) figures.get(name)).doubleValue();
    }
}

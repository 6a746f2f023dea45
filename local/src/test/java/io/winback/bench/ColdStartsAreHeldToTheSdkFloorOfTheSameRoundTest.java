package io.winback.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColdStartsAreHeldToTheSdkFloorOfTheSameRoundTest {

    private static final List<ColdStartRatios.Round> ROUNDS = List.of(
            new ColdStartRatios.Round(1000, 800, 20, 10),
            new ColdStartRatios.Round(1300, 1000, 30, 10),
            new ColdStartRatios.Round(900, 800, 15, 10));

    @Test
    void eachRoundsFirstInvocationIsDividedByThatRoundsFloorAndReportedAsMedianAndRange() {
        Map<String, Object> summary = ColdStartRatios.summarize(ROUNDS);

        assertEquals(1.25, summary.get("first_invocation_ratio_to_floor"));
        assertEquals(List.of(1.125, 1.3), summary.get("first_invocation_ratio_to_floor_range"));
        assertEquals(2.0, summary.get("after_priming_ratio_to_warm_call"));
        assertEquals(List.of(1.5, 3.0), summary.get("after_priming_ratio_to_warm_call_range"));
        // Less the request's own work, warm: (1000 - 10) / 800, (1300 - 10) / 1000, (900 - 10) / 800.
        assertEquals(1.238, summary.get("first_invocation_less_warm_call_ratio_to_floor"));
        assertEquals(List.of(1.113, 1.29), summary.get("first_invocation_less_warm_call_ratio_to_floor_range"));
    }

    @Test
    void aFunctionMeetsItsTargetAt125TimesTheFloorAndNotAbove() {
        Map<String, Object> within = ColdStartRatios.summarize(ROUNDS);
        Map<String, Object> above = ColdStartRatios.summarize(List.of(new ColdStartRatios.Round(1300, 1000, 20, 10)));

        List<String[]> report = BenchReport.coldStartRows(new java.util.LinkedHashMap<>(Map.of(
                "within", withJar(within), "above", withJar(above))));
        String[] withinRow = report.stream().filter(r -> r[0].equals("`coldstart.within.first_invocation_ratio_to_floor`"))
                .findFirst().orElseThrow();
        String[] aboveRow = report.stream().filter(r -> r[0].equals("`coldstart.above.first_invocation_ratio_to_floor`"))
                .findFirst().orElseThrow();
        assertEquals("1.25 (1.125–1.3)", withinRow[1]);
        assertEquals("yes", withinRow[3]);
        assertEquals("**no**", aboveRow[3]);
    }

    @Test
    void tryingTheBenchLeavesTheCloneCleanUnlessToldToSave() {
        Path root = Path.of("/clone");

        assertEquals(Optional.empty(), Benchmark.output(root, List.of()));
        assertEquals(Optional.of(root.resolve("bench/results/latest.json")), Benchmark.output(root, List.of("--save")));
    }

    private static Map<String, Object> withJar(Map<String, Object> summary) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(summary);
        all.put("jar_mb", 10.5);
        return all;
    }
}

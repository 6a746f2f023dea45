package io.winback.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold starts as ratios measured in the same round, so that a slow or busy machine slows both sides alike: a
 * function's first invocation (static init, constructor, first call) against the SDK floor's
 * ({@link SdkFloorHandler}), probed right after it; and the first call after priming against a warm call of the same
 * JVM. Reported as the median over the rounds with the lowest and highest round beside it.
 */
final class ColdStartRatios {
    /** What one function's first invocation may cost over the floor any Java SDK function pays. */
    static final double TARGET_TO_FLOOR = 1.25;

    /** One round: the function plain and primed, and the floor, each in a fresh JVM. */
    record Round(double firstInvocationMs, double floorFirstInvocationMs, double afterPrimingMs, double warmCallMs) {
    }

    private ColdStartRatios() {
    }

    static Map<String, Object> summarize(List<Round> rounds) {
        List<Double> toFloor = new ArrayList<>();
        List<Double> startUpToFloor = new ArrayList<>();
        List<Double> toWarm = new ArrayList<>();
        for (Round round : rounds) {
            toFloor.add(round.firstInvocationMs() / round.floorFirstInvocationMs());
            startUpToFloor.add((round.firstInvocationMs() - round.warmCallMs()) / round.floorFirstInvocationMs());
            toWarm.add(round.afterPrimingMs() / round.warmCallMs());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("first_invocation_ratio_to_floor", Benchmark.round(median(toFloor)));
        summary.put("first_invocation_ratio_to_floor_range", range(toFloor));
        // The same less the request's own work (the same request warm, in the primed JVM): what starting costs over
        // the floor, for a function whose first request does far more than the floor's one GetItem (a report's
        // 121 day Queries, the daily check's index reads). The floor's own warm GetItem is left in: this errs high.
        summary.put("first_invocation_less_warm_call_ratio_to_floor", Benchmark.round(median(startUpToFloor)));
        summary.put("first_invocation_less_warm_call_ratio_to_floor_range", range(startUpToFloor));
        summary.put("after_priming_ratio_to_warm_call", Benchmark.round(median(toWarm)));
        summary.put("after_priming_ratio_to_warm_call_range", range(toWarm));
        summary.put("rounds", rounds.size());
        return summary;
    }

    static boolean meetsTarget(double ratioToFloor) {
        return ratioToFloor <= TARGET_TO_FLOOR;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static List<Double> range(List<Double> values) {
        return List.of(Benchmark.round(values.stream().mapToDouble(Double::doubleValue).min().orElseThrow()),
                Benchmark.round(values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
    }
}

package io.winback.bench;

import io.winback.chain.BudgetCap;
import io.winback.chain.ChainConfiguration;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The daily check stays O(due) for every trigger: per trigger, its read units with a small and then a ten times
 * larger shop, the same customers due on the run's day. The ratio (target ≤ 1.1) says the check reads the trigger's
 * sparse index for that day, not the customer base. Each trigger starts on a fresh DynamoDB Local with only its own
 * chain in force.
 */
final class TriggersBench {
    /** Every trigger measured; a new trigger's scenario goes here. */
    static final List<TriggerScenario> SCENARIOS = List.of(new BirthdayScenario(), new RefillScenario(),
            new CrossSellScenario());
    static final int DUE_TODAY = 100;
    static final int SMALL_BASE = 10_000;
    static final int LARGE_BASE = 100_000;

    private static final AtomicInteger TABLE_SETS = new AtomicInteger();
    private final Supplier<DynamoDbClient> freshDynamoDbLocal;
    private final List<TriggerScenario> scenarios;
    private final int due;
    private final int small;
    private final int large;

    TriggersBench(Supplier<DynamoDbClient> freshDynamoDbLocal) {
        this(freshDynamoDbLocal, SCENARIOS, DUE_TODAY, SMALL_BASE, LARGE_BASE);
    }

    TriggersBench(Supplier<DynamoDbClient> freshDynamoDbLocal, List<TriggerScenario> scenarios, int due, int small,
                  int large) {
        this.freshDynamoDbLocal = freshDynamoDbLocal;
        this.scenarios = scenarios;
        this.due = due;
        this.small = small;
        this.large = large;
    }

    /** {@code {"birthday": {"check_rru_10k": …, "check_rru_ratio_100k_vs_10k": …}, …}}. */
    Map<String, Object> measure() throws Exception {
        Map<String, Object> triggers = new LinkedHashMap<>();
        for (TriggerScenario scenario : scenarios) {
            triggers.put(scenario.name(), measure(scenario));
        }
        return triggers;
    }

    private Map<String, Object> measure(TriggerScenario scenario) throws Exception {
        DynamoDbClient dynamo = freshDynamoDbLocal.get();
        WinbackConfig config = ChainsBench.tables(dynamo, "triggers-" + scenario.name() + "-"
                + TABLE_SETS.incrementAndGet());
        new DynamoChainConfigurationStore(dynamo, config.chains().chainsTable(), WallClock.utc())
                .storeNext(new ChainConfiguration(1, List.of(scenario.chain()), BudgetCap.DEFAULT), 0);
        LocalDate runDay = OffsetDateTime.parse(ChainsBench.RUN_TIME).atZoneSameInstant(config.shopZone())
                .toLocalDate();
        long seeding = System.nanoTime();
        scenario.seed(dynamo, config, runDay, 0, small, due);
        long seeded = System.nanoTime() - seeding;
        Map<String, Double> smallOneOff = scenario.oneOffRun(dynamo, config, due);
        ChainsBench.CheckRun smallRun = ChainsBench.check(dynamo, config, ChainsBench.RUN_TIME);
        seeding = System.nanoTime();
        scenario.seed(dynamo, config, runDay, small, large, due);
        seeded += System.nanoTime() - seeding;
        Map<String, Double> largeOneOff = scenario.oneOffRun(dynamo, config, due);
        ChainsBench.CheckRun largeRun = ChainsBench.check(dynamo, config, ChainsBench.RUN_TIME);
        ChainsBench.expect(scenario.name() + " items the check queued on " + small + " customers", due,
                smallRun.queued());
        ChainsBench.expect(scenario.name() + " items the check queued on " + large + " customers", due,
                largeRun.queued());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("customers_small", small);
        figures.put("customers_large", large);
        figures.put("check_items_queued", due);
        figures.put("check_rru_10k", Benchmark.round(smallRun.rru()));
        figures.put("check_rru_100k", Benchmark.round(largeRun.rru()));
        figures.put("check_rru_ratio_100k_vs_10k", Benchmark.round(largeRun.rru() / smallRun.rru()));
        smallOneOff.forEach((figure, value) -> figures.put(figure + "_10k", Benchmark.round(value)));
        largeOneOff.forEach((figure, value) -> figures.put(figure + "_100k", Benchmark.round(value)));
        figures.put("setup_seconds", Math.round(seeded / 1e9));
        return figures;
    }
}

package io.winback.bench;

import io.winback.chain.Chain;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.cycles.CustomerCyclePolicy;
import io.winback.cycles.GroupPurchases;
import io.winback.cycles.ReplenishmentDue;
import io.winback.domain.SaleType;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.dynamo.DynamoRefillIndex;
import io.winback.report.Product;
import io.winback.report.SaleLineEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dog food reminded at 0.75 of a 60-day cycle (the chain's {@code cycleDays}: each customer has bought dog food on
 * one day, so the group has no intervals to learn from and no customer a cycle of their own). Every customer has
 * their dog-food record in the Chains table, in the refill index on their due day, and the purchase in the buyers
 * index, as the stats function leaves them: the due ones bought 45 days before the run, so they are due on its day;
 * the others bought within the 44 days after that, so they are due on one of the 44 days after the run, outside the
 * week the check reads ({@link io.winback.chain.RefillSchedule#DAYS_LATE_AT_MOST}).
 *
 * <p>Before each measured run the group's signature mark is made stale, as an edit of the chain would, and the check
 * is run once: it recomputes every buyer's due day (their records read by the buyers of 730 days) and marks the
 * group; that run is reported as {@code recompute_rru_<size>} and must queue the same reminders, so the seeded due
 * days are the ones the engine computes. The measured run after it is the steady daily one: the mark matches, the
 * check reads the index's week and nothing else.
 */
final class RefillScenario implements TriggerScenario {
    static final String GROUP = "dogfood";
    private static final BigDecimal REMIND_AT = new BigDecimal("0.75");
    private static final int CYCLE_DAYS = 60;

    @Override
    public String name() {
        return Trigger.Replenishment.TYPE;
    }

    @Override
    public Chain chain() {
        return TriggerScenario.oneSms("dogfood-refill", new Trigger.Replenishment(GROUP, REMIND_AT, CYCLE_DAYS),
                "{name}, корм заканчивается? Ждём вас!");
    }

    @Override
    public void seed(DynamoDbClient dynamo, WinbackConfig config, LocalDate runDay, int from, int to, int due)
            throws Exception {
        long remindAfter = dueDay(bought("probe", runDay)).toEpochDay() - runDay.toEpochDay();
        LocalDate dueBought = runDay.minusDays(remindAfter);
        String table = config.chains().chainsTable();
        BulkLoad.inBatches(from, to, (first, end) -> {
            List<Map<String, AttributeValue>> records = new ArrayList<>();
            for (int i = first; i < end; i++) {
                GroupPurchases record = bought(saleId(i), lastBought(i, due, dueBought, remindAfter));
                records.add(DynamoPurchaseCycles.storedItem(key(i), record, dueDay(record)));
            }
            BulkLoad.put(dynamo, table, records);
        });
        BulkLoad.saleLines(dynamo, config, from, to, i -> List.of(new SaleLineEntry(Product.group(GROUP),
                lastBought(i, due, dueBought, remindAfter), "store-1", key(i), saleId(i), SaleType.SALE,
                BigDecimal.ONE)));
    }

    /** As after an edit of the chain: the group's mark no longer matches, so the check recomputes its due days. */
    @Override
    public Map<String, Double> oneOffRun(DynamoDbClient dynamo, WinbackConfig config, int due) {
        new DynamoRefillIndex(dynamo, config.chains().chainsTable(), CapacityMeter.NONE, "bench")
                .markComputed(GROUP, "before the chain was edited");
        ChainsBench.CheckRun recompute = ChainsBench.check(dynamo, config, ChainsBench.RUN_TIME);
        ChainsBench.expect("refills the check queued as it recomputed the due days", due, recompute.queued());
        return Map.of("recompute_rru", recompute.rru(), "recompute_seconds", recompute.seconds());
    }

    /** The due ones on the day that makes them due on the run's day; the others on one of the days after it. */
    private static LocalDate lastBought(int i, int due, LocalDate dueBought, long remindAfter) {
        return i < due ? dueBought : dueBought.plusDays(1 + i % remindAfter);
    }

    private static String key(int i) {
        return "R-" + i;
    }

    private static String saleId(int i) {
        return key(i) + "-dogfood";
    }

    /** A record of one purchase day, never stored before. */
    private static GroupPurchases bought(String saleId, LocalDate day) {
        TreeMap<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        days.put(day, Map.of(saleId, BigDecimal.ONE));
        return new GroupPurchases(GROUP, days, false, null);
    }

    /** By the engine's own rule, as the stats function sets it when the purchase arrives. */
    private static LocalDate dueDay(GroupPurchases record) {
        return ((ReplenishmentDue.On) ReplenishmentDue.of(null, CYCLE_DAYS, record, REMIND_AT,
                CustomerCyclePolicy.DEFAULT)).day();
    }
}

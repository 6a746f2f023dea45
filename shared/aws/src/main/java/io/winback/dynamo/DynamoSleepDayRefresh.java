package io.winback.dynamo;

import io.winback.domain.Customer;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.SleepPolicy;
import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceRead;
import io.winback.log.JsonLog;
import io.winback.sleep.SleepDayRefresh;
import io.winback.sleep.SleepRule;
import io.winback.sleep.TimingInForce;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * After a refit, every card's sleep day derived again under what was put in force, and rewritten where it changed: a
 * {@link ParallelCustomerScan} of {@value #SEGMENTS} segments projecting what the day is derived from, then for each
 * changed card one UpdateItem of {@code sleepAt} and its bySleepAt shard exactly as {@link CustomerItems} writes them,
 * conditioned on the version read and leaving it as it is. A purchase (or any whole-card write) racing the rewrite
 * wins: it derived the day itself, under the rule its function holds (which follows the refit within
 * {@link io.winback.sleep.CachedTimingStore#FRESH_FOR}); the lost race is skipped, not retried, and logged as counted.
 */
public final class DynamoSleepDayRefresh implements SleepDayRefresh {
    /** Segments of the scan, one thread each: they mostly wait on round trips (as the segments job's scan). */
    public static final int SEGMENTS = 16;
    private static final String PURPOSE = "timing";
    private static final JsonLog LOG = JsonLog.forClass(DynamoSleepDayRefresh.class);
    private static final List<String> PROJECTED = List.of(CustomerItems.CUSTOMER_KEY, CustomerItems.VERSION,
            CustomerItems.PURCHASES, CustomerItems.VIP, "visitDays", CustomerItems.SLEEP_AT, CustomerItems.SLEEP_SHARD,
            CustomerItems.SLEEP_DECIDED_DAY, "sleepOutcome", "status");
    private final DynamoDbClient dynamo;
    private final String table;
    private final PurchaseBandPolicy bands;
    private final SleepPolicy playbook;
    private final CapacityMeter meter;

    public DynamoSleepDayRefresh(DynamoDbClient dynamo, String table, PurchaseBandPolicy bands, SleepPolicy playbook,
                                 CapacityMeter meter) {
        this.dynamo = dynamo;
        this.table = table;
        this.bands = bands;
        this.playbook = playbook;
        this.meter = meter;
    }

    @Override
    public long refreshAll(TimingInForce inForce) {
        Cards cards = new Cards(inForce);
        ParallelCustomerScan.forEach(dynamo, table, SEGMENTS, PROJECTED, meter, PURPOSE, cards::refresh);
        LOG.info("sleep_days_refreshed", "timing", inForce.name(), "rewritten", cards.rewritten.get(),
                "changedMeanwhile", cards.lostRaces.get());
        return cards.rewritten.get();
    }

    /** One slice of the cards ({@link CustomerSliceScan}), each as {@link #refreshAll} does it. */
    @Override
    public Refreshed refresh(Slice slice, SliceBudget budget, TimingInForce inForce) {
        Cards cards = new Cards(inForce);
        SliceRead read = CustomerSliceScan.read(dynamo, table, slice, budget, PROJECTED, null, meter, PURPOSE,
                cards::refresh);
        return new Refreshed(read, cards.rewritten.get(), cards.lostRaces.get());
    }

    /** The cards' days derived under one timing, and the tallies of what was rewritten (from any scan thread). */
    private final class Cards {
        private final CustomerItems items;
        private final AtomicLong rewritten = new AtomicLong();
        private final AtomicLong lostRaces = new AtomicLong();

        Cards(TimingInForce inForce) {
            this.items = new CustomerItems(bands, SleepRule.inForce(inForce, playbook));
        }

        void refresh(Map<String, AttributeValue> stored) {
            Map<String, AttributeValue> derived = items.sleepAttributes(items.fromItem(stored));
            if (!sameSleep(stored, derived)) {
                (rewrite(stored, derived) ? rewritten : lostRaces).incrementAndGet();
            }
        }
    }

    private static boolean sameSleep(Map<String, AttributeValue> stored, Map<String, AttributeValue> derived) {
        return Objects.equals(stored.get(CustomerItems.SLEEP_AT), derived.get(CustomerItems.SLEEP_AT))
                && Objects.equals(stored.get(CustomerItems.SLEEP_SHARD), derived.get(CustomerItems.SLEEP_SHARD));
    }

    /** @return false when the card changed since it was read (that write's day stands) */
    private boolean rewrite(Map<String, AttributeValue> stored, Map<String, AttributeValue> derived) {
        Map<String, String> names = new HashMap<>(Map.of("#v", CustomerItems.VERSION));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":read", stored.get(CustomerItems.VERSION)));
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (String attribute : List.of(CustomerItems.SLEEP_AT, CustomerItems.SLEEP_SHARD)) {
            String name = "#" + attribute;
            names.put(name, attribute);
            if (derived.containsKey(attribute)) {
                values.put(":" + attribute, derived.get(attribute));
                set.add(name + " = :" + attribute);
            } else {
                remove.add(name);
            }
        }
        String update = (set.isEmpty() ? "" : "SET " + String.join(", ", set) + " ")
                + (remove.isEmpty() ? "" : "REMOVE " + String.join(", ", remove));
        try {
            var response = dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(CustomerItems.CUSTOMER_KEY, stored.get(CustomerItems.CUSTOMER_KEY)))
                    .updateExpression(update.strip()).conditionExpression("#v = :read")
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnConsumedCapacity(meter.total()));
            meter.recordWrite(PURPOSE, response.consumedCapacity());
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return false;
        }
    }
}

package io.winback.dynamo;

import io.winback.cycles.GroupEvidence;
import io.winback.cycles.GroupPurchases;
import io.winback.cycles.IntervalHistogram;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The items of the replenishment cycles in the Chains table:
 * <ul>
 *   <li>a customer's purchase days of a group, {@code customer#<key>} / {@code group#<group>}: {@code group},
 *   {@code days} (a map of shop day to a map of sale id to the quantity of the group on it), {@code lastDay} (the
 *   last purchase day, for an index of due days to come), {@code truncated}, {@code version};</li>
 *   <li>a group's evidence, {@link #EVIDENCE_PK} / {@code group#<group>}: {@code group}, {@code customers}, and one
 *   top-level number per interval length, {@code d<days>} (top-level so an UpdateItem can ADD to a length never
 *   counted before: ADD cannot create a map's entry when the map is absent).</li>
 * </ul>
 */
final class GroupPurchaseItems {
    static final String PREFIX = "group#";
    static final String EVIDENCE_PK = "cycles";
    static final String GROUP = "group";
    static final String DAYS = "days";
    static final String LAST_DAY = "lastDay";
    static final String TRUNCATED = "truncated";
    static final String VERSION = "version";
    static final String CUSTOMERS = "customers";
    static final String LENGTH_PREFIX = "d";
    /** The refill index's marks: {@code refill} / {@code group#<group>}, the signature its due days were computed with. */
    static final String REFILL_PK = "refill";
    static final String SIGNATURE = "signature";

    private GroupPurchaseItems() {
    }

    static String sortKey(String group) {
        return PREFIX + group;
    }

    static Map<String, AttributeValue> evidenceKey(String group) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(EVIDENCE_PK), ChainsTable.SK,
                AttributeValue.fromS(sortKey(group)));
    }

    /** The record as stored after a change: its version one past the one it was read at. */
    static Map<String, AttributeValue> toItem(String customerKey, GroupPurchases purchases) {
        return toItem(customerKey, purchases, null);
    }

    /** The same, in the refill index on {@code remindOn} when a reminder is due then (null: not in it). */
    static Map<String, AttributeValue> toItem(String customerKey, GroupPurchases purchases, LocalDate remindOn) {
        Map<String, AttributeValue> item = new HashMap<>(
                ChainsTable.customerItemKey(customerKey, sortKey(purchases.group())));
        item.put(GROUP, AttributeValue.fromS(purchases.group()));
        Map<String, AttributeValue> days = new HashMap<>();
        purchases.days().forEach((day, sales) -> {
            Map<String, AttributeValue> quantities = new HashMap<>();
            sales.forEach((saleId, quantity) -> quantities.put(saleId, AttributeValue.fromN(quantity.toPlainString())));
            days.put(day.toString(), AttributeValue.fromM(quantities));
        });
        item.put(DAYS, AttributeValue.fromM(days));
        if (purchases.lastDay() != null) {
            item.put(LAST_DAY, AttributeValue.fromS(purchases.lastDay().toString()));
        }
        item.put(TRUNCATED, AttributeValue.fromBool(purchases.truncated()));
        if (remindOn != null) {
            item.put(ChainsTable.REFILL_SHARD, AttributeValue.fromS(refillShardOf(customerKey)));
            item.put(ChainsTable.REFILL_DUE, AttributeValue.fromS(remindOn.toString()));
        }
        long version = purchases.version() == null ? 1 : purchases.version() + 1;
        item.put(VERSION, AttributeValue.fromN(Long.toString(version)));
        return item;
    }

    static String refillShardOf(String customerKey) {
        return Integer.toString(Math.floorMod(customerKey.hashCode(), ChainsTable.REFILL_SHARDS));
    }

    static Map<String, AttributeValue> refillMarkKey(String group) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(REFILL_PK), ChainsTable.SK,
                AttributeValue.fromS(sortKey(group)));
    }

    static GroupPurchases fromItem(Map<String, AttributeValue> item) {
        SortedMap<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        item.getOrDefault(DAYS, AttributeValue.fromM(Map.of())).m().forEach((day, sales) -> {
            Map<String, BigDecimal> quantities = new HashMap<>();
            sales.m().forEach((saleId, quantity) -> quantities.put(saleId, new BigDecimal(quantity.n())));
            days.put(LocalDate.parse(day), quantities);
        });
        AttributeValue truncated = item.get(TRUNCATED);
        return new GroupPurchases(item.get(GROUP).s(), days, truncated != null && truncated.bool(),
                Long.parseLong(item.get(VERSION).n()));
    }

    static GroupEvidence evidenceOf(Map<String, AttributeValue> item) {
        Map<Integer, Long> counts = new HashMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith(LENGTH_PREFIX) && name.length() > 1 && value.n() != null
                    && name.substring(1).chars().allMatch(Character::isDigit)) {
                counts.put(Integer.parseInt(name.substring(1)), Long.parseLong(value.n()));
            }
        });
        AttributeValue customers = item.get(CUSTOMERS);
        return new GroupEvidence(item.get(GROUP).s(), IntervalHistogram.of(counts),
                customers == null ? 0 : Long.parseLong(customers.n()));
    }
}

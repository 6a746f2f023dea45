package io.winback.cycles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One customer's recent purchase days of one group: the last {@link #KEPT_DAYS} days on which they bought it, each
 * with the receipts that did (sale id and the quantity of the group on it), so the days give the customer's last
 * {@code KEPT_DAYS - 1} intervals and the last purchase day, a redelivered receipt is recognised, and a return can
 * take its purchase back. Several purchases of the group on one day are one purchase day.
 *
 * @param days      purchase day to the receipts of that day (sale id to quantity of the group)
 * @param truncated older days were forgotten: the first kept day is not the customer's first purchase of the group
 * @param version   the stored version these days were read at; null when nothing is stored yet
 */
public record GroupPurchases(String group, SortedMap<LocalDate, Map<String, BigDecimal>> days, boolean truncated,
                             Long version) {
    /** Eleven days: ten intervals, where the customer's own cycle dominates the group's. */
    public static final int KEPT_DAYS = 11;

    public GroupPurchases {
        TreeMap<LocalDate, Map<String, BigDecimal>> copy = new TreeMap<>();
        days.forEach((day, sales) -> copy.put(day, Map.copyOf(sales)));
        days = Collections.unmodifiableSortedMap(copy);
    }

    public static GroupPurchases none(String group) {
        return new GroupPurchases(group, new TreeMap<>(), false, null);
    }

    /** The last day the customer bought the group; null when none is kept. */
    public LocalDate lastDay() {
        return days.isEmpty() ? null : days.lastKey();
    }

    /** Days between consecutive kept purchase days, oldest first. */
    public List<Integer> intervals() {
        List<Integer> intervals = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate day : days.keySet()) {
            if (previous != null) {
                intervals.add((int) ChronoUnit.DAYS.between(previous, day));
            }
            previous = day;
        }
        return intervals;
    }

    /** Whether this customer counts among the group's customers with an interval. */
    public boolean counted() {
        return truncated || days.size() >= 2;
    }

    /**
     * A record after a change, what the change does to the group's evidence, and the day a refill reminder for the
     * group falls due after it ({@code remindOn}; null: none, no refill chain reminds of the group or its cycle is
     * unknown).
     */
    public record Change(GroupPurchases before, GroupPurchases after, IntervalDelta delta, LocalDate remindOn) {
        public Change(GroupPurchases before, GroupPurchases after, IntervalDelta delta) {
            this(before, after, delta, null);
        }

        public boolean changed() {
            return !before.days.equals(after.days) || before.truncated != after.truncated;
        }

        public Change remindingOn(LocalDate day) {
            return new Change(before, after, delta, day);
        }
    }

    /**
     * With the purchase {@code saleId} on {@code day}. Nothing changes when the receipt is kept already (a
     * redelivery), or when it is older than every kept day of a record whose older days were forgotten: its interval
     * to the forgotten day before it is unknown, and the later interval it would split was counted long ago.
     */
    public Change withPurchase(String saleId, LocalDate day, BigDecimal quantity) {
        Map<String, BigDecimal> ofDay = days.get(day);
        if ((ofDay != null && ofDay.containsKey(saleId)) || (truncated && day.isBefore(days.firstKey()))) {
            return new Change(this, this, IntervalDelta.NONE);
        }
        TreeMap<LocalDate, Map<String, BigDecimal>> more = new TreeMap<>(days);
        Map<String, BigDecimal> sales = new HashMap<>(ofDay == null ? Map.of() : ofDay);
        sales.put(saleId, quantity);
        more.put(day, sales);
        GroupPurchases added = new GroupPurchases(group, more, truncated, version);
        IntervalDelta delta = IntervalDelta.between(intervals(), added.intervals(), counted(), added.counted());
        // Forgetting the oldest day changes no evidence: its interval stays counted, it is just no longer the
        // customer's recent own.
        while (more.size() > KEPT_DAYS) {
            more.pollFirstEntry();
        }
        GroupPurchases kept = more.size() == added.days.size() ? added
                : new GroupPurchases(group, more, true, version);
        return new Change(this, kept, delta);
    }

    /**
     * With {@code quantity} of the group of the receipt {@code originalSaleId} returned: the receipt leaves its day
     * when nothing of the group is left of it, the day when no receipt is left on it, and the intervals the day made
     * are uncounted, the one it split counted again. Nothing changes when the receipt is not kept (forgotten, or its
     * return came first), or when its day is the first kept day of a truncated record (the interval before it is
     * unknown).
     */
    public Change withReturn(String originalSaleId, BigDecimal quantity) {
        LocalDate day = dayOf(originalSaleId);
        if (day == null || (truncated && day.equals(days.firstKey()))) {
            return new Change(this, this, IntervalDelta.NONE);
        }
        Map<String, BigDecimal> sales = new HashMap<>(days.get(day));
        BigDecimal left = sales.get(originalSaleId).subtract(quantity.abs());
        if (left.signum() > 0) {
            sales.put(originalSaleId, left);
        } else {
            sales.remove(originalSaleId);
        }
        TreeMap<LocalDate, Map<String, BigDecimal>> fewer = new TreeMap<>(days);
        if (sales.isEmpty()) {
            fewer.remove(day);
        } else {
            fewer.put(day, sales);
        }
        GroupPurchases after = new GroupPurchases(group, fewer, truncated, version);
        return new Change(this, after,
                IntervalDelta.between(intervals(), after.intervals(), counted(), after.counted()));
    }

    private LocalDate dayOf(String saleId) {
        for (Map.Entry<LocalDate, Map<String, BigDecimal>> entry : days.entrySet()) {
            if (entry.getValue().containsKey(saleId)) {
                return entry.getKey();
            }
        }
        return null;
    }
}

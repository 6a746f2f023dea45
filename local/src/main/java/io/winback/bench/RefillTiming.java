package io.winback.bench;

import io.winback.cycles.CustomerCyclePolicy;
import io.winback.cycles.GroupCycle;
import io.winback.cycles.GroupPurchases;
import io.winback.cycles.ReplenishmentDue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well a refill reminder is timed, held against when each customer actually came back in the held-out month:
 * the due day the core computes ({@link ReplenishmentDue}: the customer's own intervals from their stored record,
 * shrunk toward the learned group cycle by {@link CustomerCyclePolicy}), and beside it the naive rule that uses the
 * group's cycle alone (the same computation on a record that keeps only the last purchase day, so no own interval),
 * which is what a shop typing one number per product gets. Comparing the two says whether the per-customer
 * shrinkage earns its keep.
 *
 * <p>Only customers with an interval of their own (two purchase days before the future) who bought the group again
 * within the held-out month can be judged; the others' next purchase is not known. That sample leans to the
 * customers whose return fell in that month, whatever their cycle, so both rules are judged on the same customers.
 */
final class RefillTiming {
    private final GroupCycle learned;
    private final BigDecimal remindAt;

    RefillTiming(GroupCycle learned, BigDecimal remindAt) {
        this.learned = learned;
        this.remindAt = remindAt;
    }

    /** One rule's judgement of one customer: days between its due day and the return, its cycle's error in days. */
    private record Judged(long daysEarly, double cycleErrorDays) {
    }

    /**
     * @param records   each customer's stored record of the group, as the stats function left it
     * @param pastDays  each customer's purchase days of the group before the future, from the generated receipts
     * @param nextDays  each customer's purchase days of the group in the future
     */
    Map<String, Object> measure(Map<String, GroupPurchases> records, Map<String, TreeSet<LocalDate>> pastDays,
                                Map<String, TreeSet<LocalDate>> nextDays) {
        List<Judged> personal = new ArrayList<>();
        List<Judged> groupOnly = new ArrayList<>();
        int withInterval = 0;
        int notBack = 0;
        List<String> recordsWrong = new ArrayList<>();
        for (Map.Entry<String, TreeSet<LocalDate>> customer : pastDays.entrySet()) {
            if (customer.getValue().size() < 2) {
                continue;
            }
            withInterval++;
            GroupPurchases record = records.get(customer.getKey());
            if (record == null || !customer.getValue().last().equals(record.lastDay())) {
                recordsWrong.add(customer.getKey());
                continue;
            }
            TreeSet<LocalDate> next = nextDays.get(customer.getKey());
            if (next == null) {
                notBack++;
                continue;
            }
            LocalDate cameBack = next.first();
            long actualInterval = ChronoUnit.DAYS.between(record.lastDay(), cameBack);
            personal.add(judge(record, cameBack, actualInterval));
            groupOnly.add(judge(lastDayOnly(record), cameBack, actualInterval));
        }
        if (!recordsWrong.isEmpty()) {
            throw new IllegalStateException(recordsWrong.size() + " customers' stored " + learned.group()
                    + " records do not end on their last generated purchase, e.g. " + recordsWrong.getFirst());
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("group", learned.group());
        figures.put("remind_at", remindAt);
        figures.put("customers_with_an_interval", withInterval);
        figures.put("customers_back_in_held_out_month", personal.size());
        figures.put("customers_not_back_in_held_out_month", notBack);
        figures.put("personal", summary(personal));
        figures.put("group_median_only", summary(groupOnly));
        return figures;
    }

    private Judged judge(GroupPurchases record, LocalDate cameBack, long actualInterval) {
        if (!(ReplenishmentDue.of(learned, null, record, remindAt, CustomerCyclePolicy.DEFAULT)
                instanceof ReplenishmentDue.On due)) {
            throw new IllegalStateException("no due day for a customer of " + learned.group()
                    + ": the learned cycle must have enough evidence");
        }
        return new Judged(ChronoUnit.DAYS.between(due.day(), cameBack),
                Math.abs(due.cycleDays().doubleValue() - actualInterval));
    }

    /** The record with its own intervals left out: its last purchase day alone, so the group's cycle is used. */
    private static GroupPurchases lastDayOnly(GroupPurchases record) {
        return new GroupPurchases(record.group(), new TreeMap<>(Map.of(record.lastDay(),
                record.days().get(record.lastDay()))), false, null);
    }

    /**
     * The share reminded before the day they came back anyway (a reminder on that very day or after it was not
     * needed), the days early (negative: late) as median and quartiles, and the median error of the cycle against
     * the interval that followed.
     */
    private static Map<String, Object> summary(List<Judged> judged) {
        Map<String, Object> figures = new LinkedHashMap<>();
        long before = judged.stream().filter(j -> j.daysEarly() > 0).count();
        figures.put("share_reminded_before_return", judged.isEmpty() ? null
                : Benchmark.round((double) before / judged.size()));
        List<Double> early = judged.stream().map(j -> (double) j.daysEarly()).toList();
        figures.put("median_days_early", quantile(early, 0.5));
        figures.put("days_early_lower_quartile", quantile(early, 0.25));
        figures.put("days_early_upper_quartile", quantile(early, 0.75));
        figures.put("median_cycle_error_days", quantile(judged.stream().map(Judged::cycleErrorDays).toList(), 0.5));
        return figures;
    }

    /** The {@code p}-quantile by the nearest rank, as the learned cycle's own quantiles; null for no values. */
    static Double quantile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(p * sorted.size()));
        return Benchmark.round(sorted.get(rank - 1));
    }
}

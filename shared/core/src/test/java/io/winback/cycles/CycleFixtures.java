package io.winback.cycles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Test data in the shop's words: a group's evidence, a customer's purchase days. */
final class CycleFixtures {
    private CycleFixtures() {
    }

    /** A group whose {@code customers} customers each gave {@code perCustomer} intervals of {@code days} days. */
    static GroupCycle learned(String group, int days, long customers, long perCustomer) {
        return GroupCycle.of(new GroupEvidence(group, IntervalHistogram.of(Map.of(days, customers * perCustomer)),
                customers), CycleEvidencePolicy.DEFAULT);
    }

    /** A customer who bought {@code group} on {@code first} and then after each of {@code intervals} days. */
    static GroupPurchases bought(String group, LocalDate first, int... intervals) {
        GroupPurchases purchases = GroupPurchases.none(group);
        LocalDate day = first;
        purchases = purchases.withPurchase("s-0", day, BigDecimal.ONE).after();
        for (int i = 0; i < intervals.length; i++) {
            day = day.plusDays(intervals[i]);
            purchases = purchases.withPurchase("s-" + (i + 1), day, BigDecimal.ONE).after();
        }
        return purchases;
    }

    static Map<Integer, Long> counts(Object... daysThenCount) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (int i = 0; i < daysThenCount.length; i += 2) {
            counts.put((Integer) daysThenCount[i], ((Number) daysThenCount[i + 1]).longValue());
        }
        return counts;
    }
}

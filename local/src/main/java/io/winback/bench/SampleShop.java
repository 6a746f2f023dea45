package io.winback.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A shop's two years of receipts with product groups whose cycles are known, to measure what the cycles learn. The
 * CDNOW history has no product groups, so the learned cycles need a shop we make ourselves; a real one would not
 * tell us what the right answer is.
 *
 * <p>What is drawn, and why (the seed is fixed, so every run and every machine gets the same shop):
 * <ul>
 *   <li>Customers join on a random day of the first {@value #JOINING_DAYS} days (a shop gains customers as it goes,
 *       so not every record starts on day one).</li>
 *   <li>Each customer buys each group ({@link GroupRhythm#SAMPLE}) with the group's share, independently: one buys
 *       dog food only, another dog food, coffee and a television.</li>
 *   <li>A cyclic group's first purchase falls at a random point of the household's first cycle after joining (a
 *       customer is met mid-bag), then interval after interval by its {@link GroupRhythm.Cyclic} rhythm.</li>
 *   <li>{@value #CHURN_PERCENT} % of the customers stop buying for good on a random day at least
 *       {@value #LEAST_STAY_DAYS} days after joining (moved away, went to a competitor): their records simply end, as
 *       real ones do, and give no interval after it.</li>
 *   <li>One interval in {@value #PAUSE_ONE_IN} is lengthened by 90-180 days (bought elsewhere for a while, came
 *       back): the long stray intervals a median must shrug off and a mean would not.</li>
 *   <li>Purchases of one customer within {@value #SAME_VISIT_DAYS} days after a visit are made on that visit (while
 *       in the shop for dog food, the coffee due the day after is taken too): receipts mix groups, and each interval
 *       moves as a real one would. A visit's receipt carries one line per group bought.</li>
 * </ul>
 * The last {@value #HELD_OUT_DAYS} days are the future: not fed to Winback, kept to see when each customer actually
 * came back. The truth the learned cycles are held against is measured on the receipts as they are written (after
 * visits, churn and pauses), before the future: exactly what Winback was given.
 */
final class SampleShop {
    static final long SEED = 20_261_206L;
    static final LocalDate FIRST_DAY = LocalDate.parse("2023-01-02");
    static final int DAYS = 730;
    static final int HELD_OUT_DAYS = 30;
    static final int JOINING_DAYS = 180;
    static final int CHURN_PERCENT = 20;
    static final int LEAST_STAY_DAYS = 60;
    static final int PAUSE_ONE_IN = 100;
    static final int SAME_VISIT_DAYS = 2;

    private SampleShop() {
    }

    /** One visit's receipt: the groups bought, one line each, at a minute of the day (shop time). */
    record Receipt(String saleId, String customerId, LocalDate day, int minuteOfDay, List<String> groups) {
    }

    /** The whole history, and where the future begins. */
    record History(List<GroupRhythm> rhythms, List<Receipt> receipts, LocalDate heldOutFrom) {
        /** What Winback is given: every receipt before the held-out month, in the order they were rung up. */
        List<Receipt> fed() {
            return receipts.stream().filter(r -> r.day().isBefore(heldOutFrom)).toList();
        }

        /** Each customer's distinct purchase days of {@code group}, before the future ({@code future} false) or in it. */
        Map<String, TreeSet<LocalDate>> purchaseDays(String group, boolean future) {
            Map<String, TreeSet<LocalDate>> days = new HashMap<>();
            for (Receipt receipt : receipts) {
                if (receipt.groups().contains(group) && receipt.day().isBefore(heldOutFrom) != future) {
                    days.computeIfAbsent(receipt.customerId(), c -> new TreeSet<>()).add(receipt.day());
                }
            }
            return days;
        }

        /** Every interval between a customer's consecutive purchase days of {@code group} before the future. */
        List<Integer> intervals(String group) {
            List<Integer> intervals = new ArrayList<>();
            purchaseDays(group, false).values().forEach(days -> {
                LocalDate previous = null;
                for (LocalDate day : days) {
                    if (previous != null) {
                        intervals.add((int) ChronoUnit.DAYS.between(previous, day));
                    }
                    previous = day;
                }
            });
            return intervals;
        }
    }

    /** The sample shop of {@code customers} customers; customer {@code i} is the same whatever the count. */
    static History generate(int customers) {
        return generate(customers, GroupRhythm.SAMPLE, SEED);
    }

    static History generate(int customers, List<GroupRhythm> rhythms, long seed) {
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            // One random stream per customer: a smaller shop is the first customers of a larger one.
            receipts.addAll(customer(i, rhythms, new Random(seed * 1_000_003L + i)));
        }
        receipts.sort(Comparator.comparing(Receipt::day).thenComparing(Receipt::minuteOfDay)
                .thenComparing(Receipt::saleId));
        return new History(rhythms, List.copyOf(receipts), FIRST_DAY.plusDays(DAYS - HELD_OUT_DAYS));
    }

    private record Purchase(LocalDate day, String group) {
    }

    private static List<Receipt> customer(int i, List<GroupRhythm> rhythms, Random random) {
        String id = String.format("SC-%05d", i);
        LocalDate end = FIRST_DAY.plusDays(DAYS);
        LocalDate joined = FIRST_DAY.plusDays(random.nextInt(JOINING_DAYS));
        LocalDate leaves = end;
        if (random.nextInt(100) < CHURN_PERCENT) {
            int stay = (int) ChronoUnit.DAYS.between(joined, end) - LEAST_STAY_DAYS;
            leaves = joined.plusDays(LEAST_STAY_DAYS + random.nextInt(stay));
        }
        List<Purchase> purchases = new ArrayList<>();
        for (GroupRhythm rhythm : rhythms) {
            if (random.nextDouble() >= rhythm.shareOfCustomers()) {
                continue;
            }
            switch (rhythm) {
                case GroupRhythm.Cyclic cyclic -> cyclic(cyclic, joined, leaves, random, purchases);
                case GroupRhythm.OneOff oneOff -> oneOff(oneOff, joined, leaves, random, purchases);
            }
        }
        purchases.sort(Comparator.comparing(Purchase::day));
        TreeMap<LocalDate, Set<String>> visits = new TreeMap<>();
        for (Purchase purchase : purchases) {
            LocalDate visit = visits.isEmpty() ? null : visits.lastKey();
            if (visit == null || ChronoUnit.DAYS.between(visit, purchase.day()) > SAME_VISIT_DAYS) {
                visit = purchase.day();
            }
            visits.computeIfAbsent(visit, v -> new LinkedHashSet<>()).add(purchase.group());
        }
        List<Receipt> receipts = new ArrayList<>();
        visits.forEach((day, groups) -> receipts.add(new Receipt(id + "-" + receipts.size(), id, day,
                10 * 60 + random.nextInt(10 * 60), List.copyOf(groups))));
        return receipts;
    }

    private static void cyclic(GroupRhythm.Cyclic rhythm, LocalDate joined, LocalDate leaves, Random random,
                               List<Purchase> purchases) {
        double household = rhythm.centreDays() * Math.exp(random.nextGaussian() * rhythm.householdSpread());
        LocalDate day = joined.plusDays((long) (random.nextDouble() * household));
        while (day.isBefore(leaves)) {
            purchases.add(new Purchase(day, rhythm.group()));
            long interval = Math.max(1, Math.round(household * Math.exp(random.nextGaussian()
                    * rhythm.intervalSpread())));
            if (random.nextInt(PAUSE_ONE_IN) == 0) {
                interval += 90 + random.nextInt(91);
            }
            day = day.plusDays(interval);
        }
    }

    private static void oneOff(GroupRhythm.OneOff rhythm, LocalDate joined, LocalDate leaves, Random random,
                               List<Purchase> purchases) {
        int stay = (int) ChronoUnit.DAYS.between(joined, leaves);
        int first = random.nextInt(stay);
        purchases.add(new Purchase(joined.plusDays(first), rhythm.group()));
        if (random.nextDouble() < rhythm.againShare() && first + 1 < stay) {
            purchases.add(new Purchase(joined.plusDays(first + 1 + random.nextInt(stay - first - 1)),
                    rhythm.group()));
        }
    }
}

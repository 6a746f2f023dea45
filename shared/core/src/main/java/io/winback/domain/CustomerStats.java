package io.winback.domain;

import io.winback.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * A customer's purchase statistics. Every field is a sum, a count, a min, a max or a set, so the result is the
 * same whatever order the sales arrive in; everything else is derived from them on read.
 * Calendar days are the shop's: {@code zone} decides which day a receipt belongs to. {@code storeVisits}: purchases
 * per store, so "the store they visit most" is known (a count per store, so order does not matter either).
 */
public record CustomerStats(
        int purchases,
        int returns,
        BigDecimal salesTotal,
        BigDecimal returnsTotal,
        Instant firstPurchaseAt,
        Instant lastPurchaseAt,
        NavigableSet<LocalDate> visitDays,
        Map<String, Integer> storeVisits) {

    public static final CustomerStats NONE = new CustomerStats(0, 0, money(BigDecimal.ZERO), money(BigDecimal.ZERO),
            null, null, new TreeSet<>(), Map.of());

    public CustomerStats {
        visitDays = Collections.unmodifiableNavigableSet(new TreeSet<>(visitDays));
        storeVisits = storeVisits == null ? Map.of() : Map.copyOf(storeVisits);
    }

    /** Stats kept before purchases were counted per store. */
    public CustomerStats(int purchases, int returns, BigDecimal salesTotal, BigDecimal returnsTotal,
                         Instant firstPurchaseAt, Instant lastPurchaseAt, NavigableSet<LocalDate> visitDays) {
        this(purchases, returns, salesTotal, returnsTotal, firstPurchaseAt, lastPurchaseAt, visitDays, Map.of());
    }

    public CustomerStats with(Sale sale, ZoneId zone) {
        if (!sale.isPurchase()) {
            return new CustomerStats(purchases, returns + 1, salesTotal, money(returnsTotal.add(sale.total())),
                    firstPurchaseAt, lastPurchaseAt, visitDays, storeVisits);
        }
        Instant at = sale.occurredAt().toInstant();
        TreeSet<LocalDate> days = new TreeSet<>(visitDays);
        days.add(sale.occurredAt().atZoneSameInstant(zone).toLocalDate());
        return new CustomerStats(purchases + 1, returns, money(salesTotal.add(sale.total())), returnsTotal,
                firstPurchaseAt == null || at.isBefore(firstPurchaseAt) ? at : firstPurchaseAt,
                lastPurchaseAt == null || at.isAfter(lastPurchaseAt) ? at : lastPurchaseAt,
                days, sale.storeId() == null ? storeVisits : withVisitTo(sale.storeId()));
    }

    private Map<String, Integer> withVisitTo(String storeId) {
        Map<String, Integer> visits = new HashMap<>(storeVisits);
        visits.merge(storeId, 1, Integer::sum);
        return visits;
    }

    /**
     * The store with the most purchases; of stores equally visited, the one first by name, so the answer does not
     * depend on the order receipts arrived in. Null before any purchase with a store.
     */
    public String mostVisitedStore() {
        String best = null;
        int most = 0;
        for (var visit : new TreeMap<>(storeVisits).entrySet()) {
            if (visit.getValue() > most) {
                best = visit.getKey();
                most = visit.getValue();
            }
        }
        return best;
    }

    /** Sum of purchase totals minus sum of refunds. */
    public BigDecimal netSpent() {
        return money(salesTotal.subtract(returnsTotal));
    }

    /** Net spent per purchase, two decimals rounded half-up; null before the first purchase. */
    public BigDecimal averageCheck() {
        return purchases == 0 ? null : Money.perEach(netSpent(), purchases).amount();
    }

    public LocalDate firstVisitDay() {
        return visitDays.isEmpty() ? null : visitDays.first();
    }

    public LocalDate lastVisitDay() {
        return visitDays.isEmpty() ? null : visitDays.last();
    }

    /**
     * (last visit day − first visit day) / (visit days − 1), two decimals half-up; null with one visit day. Days,
     * not money: the scale is the interval's own.
     */
    public BigDecimal meanIntervalDays() {
        if (visitDays.size() < 2) {
            return null;
        }
        long span = ChronoUnit.DAYS.between(visitDays.first(), visitDays.last());
        return BigDecimal.valueOf(span).divide(BigDecimal.valueOf(visitDays.size() - 1L), 2, RoundingMode.HALF_UP);
    }

    /** Median of the gaps between consecutive visit days (a half when the count of gaps is even); days, not money. */
    public BigDecimal medianIntervalDays() {
        if (visitDays.size() < 2) {
            return null;
        }
        List<Long> gaps = new ArrayList<>(visitDays.size() - 1);
        LocalDate previous = null;
        for (LocalDate day : visitDays) {
            if (previous != null) {
                gaps.add(ChronoUnit.DAYS.between(previous, day));
            }
            previous = day;
        }
        Collections.sort(gaps);
        int middle = gaps.size() / 2;
        if (gaps.size() % 2 == 1) {
            return BigDecimal.valueOf(gaps.get(middle)).setScale(1, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(gaps.get(middle - 1) + gaps.get(middle)).divide(BigDecimal.TWO, 1, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal money(BigDecimal amount) {
        return Money.of(amount).amount();
    }
}

package io.winback.cycles;

import io.winback.domain.Sale;
import io.winback.domain.SaleLine;
import io.winback.retry.Backoff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Learns the cycles as sales arrive: a customer's newly applied receipts update their purchase days of each group on
 * the lines (a purchase adds its day, a return of a kept receipt takes it back), and the groups' evidence by the
 * intervals that changed. The stats update calls it with each receipt the first time it is applied to the customer,
 * before the customer is saved; a retry after a crash in between calls it again with the same receipts, which the
 * records recognise (their sale ids are kept on their days), so nothing is counted twice.
 */
public final class PurchaseCycles {
    static final int MAX_ATTEMPTS = 12;
    /** Learns nothing and keeps nothing. */
    public static final PurchaseCycles NONE = new PurchaseCycles(GroupPurchaseRecords.NONE, ZoneId.of("UTC"));
    private final GroupPurchaseRecords records;
    private final RefillDueDays dueDays;
    private final ZoneId shopZone;

    /** Learns the cycles and schedules no reminder. */
    public PurchaseCycles(GroupPurchaseRecords records, ZoneId shopZone) {
        this(records, RefillDueDays.NONE, shopZone);
    }

    /** @param dueDays when a saved record's refill reminder falls due */
    public PurchaseCycles(GroupPurchaseRecords records, RefillDueDays dueDays, ZoneId shopZone) {
        this.records = records;
        this.dueDays = dueDays;
        this.shopZone = shopZone;
    }

    /** One receipt's quantity of one group: a purchase on its shop day, or a return of its original receipt. */
    private record GroupLine(Sale sale, BigDecimal quantity) {
    }

    public void record(String customerKey, List<Sale> applied) {
        Map<String, List<GroupLine>> byGroup = new LinkedHashMap<>();
        for (Sale sale : applied) {
            groupQuantities(sale).forEach((group, quantity) ->
                    byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(new GroupLine(sale, quantity)));
        }
        if (byGroup.isEmpty()) {
            return;
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Map<String, GroupPurchases> stored = records.find(customerKey, byGroup.keySet());
            List<GroupPurchases.Change> changes = new ArrayList<>();
            byGroup.forEach((group, lines) -> {
                GroupPurchases.Change change = changeOf(stored.getOrDefault(group, GroupPurchases.none(group)), lines);
                if (change.changed()) {
                    changes.add(change);
                }
            });
            if (changes.isEmpty() || records.save(customerKey, remindingOn(changes))) {
                return;
            }
            Backoff.pause(attempt, 5, "retrying a customer's purchase cycles");
        }
        throw new IllegalStateException("purchase cycles kept changing under us for " + MAX_ATTEMPTS + " attempts");
    }

    private List<GroupPurchases.Change> remindingOn(List<GroupPurchases.Change> changes) {
        Function<GroupPurchases, LocalDate> due = dueDays.now();
        return changes.stream().map(change -> change.remindingOn(due.apply(change.after()))).toList();
    }

    private GroupPurchases.Change changeOf(GroupPurchases start, List<GroupLine> lines) {
        GroupPurchases current = start;
        IntervalDelta delta = IntervalDelta.NONE;
        for (GroupLine line : lines) {
            Sale sale = line.sale();
            GroupPurchases.Change next;
            if (sale.isPurchase()) {
                LocalDate day = sale.occurredAt().atZoneSameInstant(shopZone).toLocalDate();
                next = current.withPurchase(sale.saleId(), day, line.quantity());
            } else if (sale.originalSaleId() != null) {
                next = current.withReturn(sale.originalSaleId(), line.quantity());
            } else {
                // A return that names no receipt cannot say which purchase day it takes back.
                continue;
            }
            current = next.after();
            delta = delta.plus(next.delta());
        }
        return new GroupPurchases.Change(start, current, delta);
    }

    private static Map<String, BigDecimal> groupQuantities(Sale sale) {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (SaleLine line : sale.lines()) {
            if (line.group() != null && !line.group().isBlank()) {
                quantities.merge(line.group(), line.quantity() == null ? BigDecimal.ZERO : line.quantity(),
                        BigDecimal::add);
            }
        }
        return quantities;
    }
}

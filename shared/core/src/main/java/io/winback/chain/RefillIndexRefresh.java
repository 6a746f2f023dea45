package io.winback.chain;

import io.winback.concurrent.DaemonThreads;
import io.winback.cycles.GroupPurchaseRecords;
import io.winback.cycles.GroupPurchases;
import io.winback.log.JsonLog;
import io.winback.report.Product;
import io.winback.report.SaleLineIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Recomputes a group's refill due days when what they were computed from changed: a refill chain for the group was
 * added, or its {@code remindAt} or {@code cycleDays} edited, or the group's cycle in use moved (learned at last, or
 * shifted by a day as evidence came in). The sales stream sets each customer's due day as they buy, by what is in
 * force then; this catches up the customers who bought before. It reads the group's buyers of the last
 * {@link #LOOKBACK_DAYS} days from the buyers index (a customer who has not bought the group for two years is due no
 * reminder any chain could still send) and their records, {@link #BATCH} at a time, writing their due days
 * {@link #WRITERS} at a time, and runs in the daily check before the due days are read, once per change. The group
 * is marked done only at the end: a run cut short starts it again next time (the writes are the same).
 */
public final class RefillIndexRefresh {
    public static final int LOOKBACK_DAYS = 730;
    static final int BATCH = 100;
    static final int WRITERS = 16;
    private static final JsonLog LOG = JsonLog.forClass(RefillIndexRefresh.class);
    private final RefillSchedule schedule;
    private final RefillIndex index;
    private final SaleLineIndex buyers;
    private final GroupPurchaseRecords records;
    private final ExecutorService writers = DaemonThreads.pool("refill-due-days", WRITERS);

    public RefillIndexRefresh(RefillSchedule schedule, RefillIndex index, SaleLineIndex buyers,
                              GroupPurchaseRecords records) {
        this.schedule = schedule;
        this.index = index;
        this.buyers = buyers;
        this.records = records;
    }

    /** Brings every reminded group's due days up to date; how many customers' due days were recomputed. */
    public int refresh(LocalDate today) {
        RefillSchedule.Snapshot snapshot = schedule.snapshot();
        int recomputed = 0;
        for (String group : snapshot.groups()) {
            String signature = snapshot.signature(group);
            if (!index.signature(group).map(signature::equals).orElse(false)) {
                int customers = recompute(snapshot, group, today);
                index.markComputed(group, signature);
                LOG.info("refill_due_days_recomputed", "group", group, "customers", customers);
                recomputed += customers;
            }
        }
        return recomputed;
    }

    private int recompute(RefillSchedule.Snapshot snapshot, String group, LocalDate today) {
        Set<String> customers = new LinkedHashSet<>();
        buyers.forEach(Product.group(group), today.minusDays(LOOKBACK_DAYS), today,
                entry -> customers.add(entry.customerKey()));
        List<String> batch = new ArrayList<>(BATCH);
        for (String customerKey : customers) {
            batch.add(customerKey);
            if (batch.size() == BATCH) {
                schedule(snapshot, group, batch);
                batch.clear();
            }
        }
        schedule(snapshot, group, batch);
        return customers.size();
    }

    /**
     * Sets the due days of a batch of buyers, {@link #WRITERS} at a time: each is one conditional UpdateItem (no
     * batch write takes a condition), so one after the other a large group would take most of the check's time.
     */
    private void schedule(RefillSchedule.Snapshot snapshot, String group, List<String> customerKeys) {
        if (customerKeys.isEmpty()) {
            return;
        }
        List<Callable<Void>> writes = new ArrayList<>();
        for (Map.Entry<String, GroupPurchases> entry : records.findOfCustomers(group, customerKeys).entrySet()) {
            GroupPurchases record = entry.getValue();
            LocalDate due = snapshot.firstDue(record);
            writes.add(() -> {
                index.schedule(entry.getKey(), group, record.version(), due);
                return null;
            });
        }
        try {
            for (Future<Void> write : writers.invokeAll(writes)) {
                write.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recomputing the due days of " + group, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("recomputing the due days of " + group + " failed", e.getCause());
        }
    }
}

package io.winback.stats;

import io.winback.concurrent.DaemonThreads;
import io.winback.domain.Customer;
import io.winback.chain.ConsentChange;
import io.winback.chain.ConsentLedger;
import io.winback.domain.CustomerStore;
import io.winback.domain.ShopTotals;
import io.winback.domain.SleepDecision;
import io.winback.log.JsonLog;
import io.winback.retry.Backoff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Applies streamed sales to customers. Sales are grouped per customer, in stream order; the batch's customers are
 * read together (one BatchGetItem per 100), then each costs one conditional write per batch, however many of their
 * sales the batch holds. Exactly-once comes from the customer's record of recently applied sale ids; concurrency
 * from the version condition: on a lost race the customer is read again and the sales re-applied.
 */
public final class CustomerStatsUpdater {
    static final int MAX_ATTEMPTS = 12;
    private static final JsonLog LOG = JsonLog.forClass(CustomerStatsUpdater.class);

    /** Customers updated at once within a batch: I/O-bound, so more than the cores Lambda gives. */
    static final int PARALLEL_CUSTOMERS = 8;
    private final ExecutorService workers;
    private final CustomerStore customers;
    private final ShopTotals shopTotals;
    private final ConsentLedger consentLedger;
    private final ZoneId shopZone;
    private final Clock clock;

    public CustomerStatsUpdater(CustomerStore customers, ShopTotals shopTotals, ConsentLedger consentLedger,
                                ZoneId shopZone, Clock clock) {
        this.shopTotals = shopTotals;
        this.consentLedger = consentLedger;
        this.workers = DaemonThreads.pool("customer-stats", PARALLEL_CUSTOMERS);
        this.customers = customers;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    /**
     * What a batch came to: sequence numbers to report as failed (the first per customer that failed), and the
     * customers whose sleep decision started (or found) a chain, who may be in an episode their purchases end.
     */
    public record Outcome(List<String> failedSequenceNumbers, int customersUpdated, int salesApplied,
                          int alreadyApplied, int raceRetries, Set<String> mayBeInEpisode) {
    }

    public Outcome apply(List<StreamedSale> batch) {
        Map<String, List<StreamedSale>> byCustomer = new LinkedHashMap<>();
        for (StreamedSale streamed : batch) {
            byCustomer.computeIfAbsent(streamed.sale().customerKey(), k -> new ArrayList<>()).add(streamed);
        }
        Map<String, Customer> stored = readTogether(byCustomer.keySet());
        // Customers are independent of each other, and each costs a round trip to write: overlap them.
        List<Future<GroupResult>> pending = new ArrayList<>(byCustomer.size());
        for (Map.Entry<String, List<StreamedSale>> group : byCustomer.entrySet()) {
            pending.add(workers.submit(() -> applyToCustomer(group.getKey(), group.getValue(), stored)));
        }
        List<String> failed = new ArrayList<>();
        int updated = 0;
        int applied = 0;
        int skipped = 0;
        int retries = 0;
        int i = 0;
        int newPurchases = 0;
        BigDecimal newNetSpent = BigDecimal.ZERO;
        Set<String> inEpisode = new java.util.HashSet<>();
        for (Map.Entry<String, List<StreamedSale>> group : byCustomer.entrySet()) {
            try {
                GroupResult result = pending.get(i++).get();
                updated += result.saved ? 1 : 0;
                newPurchases += result.purchases;
                newNetSpent = newNetSpent.add(result.netSpent);
                applied += result.applied;
                skipped += group.getValue().size() - result.applied;
                retries += result.attempts - 1;
                if (result.mayBeInEpisode) {
                    inEpisode.add(group.getKey());
                }
            } catch (ExecutionException e) {
                // The whole group failed together (one write), so reporting its first record keeps the order.
                failed.add(group.getValue().getFirst().sequenceNumber());
                LOG.error("customer_update_failed", e.getCause(), "customer", JsonLog.mask(group.getKey()),
                        "sales", group.getValue().size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(group.getValue().getFirst().sequenceNumber());
            }
        }
        addToShopTotals(newPurchases, newNetSpent);
        return new Outcome(failed, updated, applied, skipped, retries, inEpisode);
    }

    /** The shop totals only size a bonus cap: a failure here must not send a stream batch back. */
    private void addToShopTotals(int purchases, BigDecimal netSpent) {
        try {
            shopTotals.add(purchases, netSpent);
        } catch (RuntimeException e) {
            LOG.warn("shop_totals_not_updated", "purchases", purchases, "error", e.getClass().getSimpleName());
        }
    }

    /**
     * Reads, applies and saves as {@link #apply} would, on a worker thread, but saves over a version that cannot
     * exist, so the conditional write is refused and nothing is stored: for SnapStart priming.
     */
    void dryRun(io.winback.domain.Sale sale) {
        try {
            workers.submit(() -> {
                // The batch read, as apply() makes it, so SnapStart's snapshot holds that path warm too.
                Customer applied = Optional.ofNullable(customers.findAll(List.of(sale.customerKey())).get(sale.customerKey()))
                        .orElseGet(() -> Customer.firstSeen(sale.customerKey()))
                        .apply(sale, clock.instant(), shopZone);
                return customers.saveIfUnchanged(applied.withVersion(Long.MAX_VALUE - 1), clock.instant());
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("priming failed", e.getCause());
        }
    }

    /**
     * {@code purchases} and {@code netSpent}: what the newly applied sales add to the shop's totals;
     * {@code mayBeInEpisode}: the customer's sleep decision started a chain or found one running (read from the item
     * the sales were applied to, so a redelivered batch says the same).
     */
    private record GroupResult(boolean saved, int applied, int attempts, int purchases, BigDecimal netSpent,
                               boolean mayBeInEpisode) {
    }

    private static boolean mayBeInEpisode(Customer customer) {
        return customer.sleepDecision() != null
                && (SleepDecision.STARTED.equals(customer.sleepDecision().outcome())
                || SleepDecision.IN_EPISODE.equals(customer.sleepDecision().outcome()));
    }

    /**
     * The batch's customers in one read; null if that read failed, and then each customer is read on its own, so
     * one bad read cannot fail every customer of the batch.
     */
    private Map<String, Customer> readTogether(Set<String> keys) {
        try {
            return customers.findAll(keys);
        } catch (RuntimeException e) {
            LOG.warn("customers_batch_read_failed", "customers", keys.size(), "error", e.getClass().getSimpleName());
            return null;
        }
    }

    /** {@code stored}: the batch read, used for the first attempt (null: read here); a retry always reads afresh. */
    private GroupResult applyToCustomer(String key, List<StreamedSale> sales, Map<String, Customer> stored) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Customer> read = attempt == 1 && stored != null
                    ? Optional.ofNullable(stored.get(key)) : customers.find(key);
            Customer current = read.orElseGet(() -> Customer.firstSeen(key));
            Customer updated = current;
            int applied = 0;
            int purchases = 0;
            BigDecimal netSpent = BigDecimal.ZERO;
            List<ConsentChange> consentChanges = new ArrayList<>();
            for (StreamedSale streamed : sales) {
                Customer next = updated.apply(streamed.sale(), clock.instant(), shopZone);
                consentChanges.addAll(SaleConsent.changes(updated, next, streamed.sale()));
                if (next != updated) {
                    applied++;
                    purchases += streamed.sale().isPurchase() ? 1 : 0;
                    netSpent = streamed.sale().isPurchase() ? netSpent.add(streamed.sale().total())
                            : netSpent.subtract(streamed.sale().total());
                }
                updated = next;
            }
            if (applied == 0) {
                return new GroupResult(false, 0, attempt, 0, BigDecimal.ZERO, mayBeInEpisode(current));
            }
            // Into the ledger before the customer: a retry after a crash writes the same entries again (same keys),
            // while entries written after the save would be lost with it, as the sale then counts as applied.
            consentChanges.forEach(consentLedger::record);
            if (customers.saveIfUnchanged(updated, clock.instant())) {
                return new GroupResult(true, applied, attempt, purchases, netSpent, mayBeInEpisode(current));
            }
            // Jitter so two shards racing for one customer stop colliding.
            Backoff.pause(attempt, 5, "retrying a customer update");
        }
        throw new IllegalStateException("customer kept changing under us for " + MAX_ATTEMPTS + " attempts");
    }
}

package io.winback.stats;

import io.winback.consent.SaleConsent;
import io.winback.cycles.PurchaseCycles;

import io.winback.concurrent.DaemonThreads;
import io.winback.domain.Customer;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentMemberships;
import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;
import io.winback.domain.CustomerStore;
import io.winback.shop.ShopTotalsWriter;
import io.winback.bonus.BonusHistory;
import io.winback.bonus.BonusRedemption;
import io.winback.domain.AppliedSaleMarkers;
import io.winback.domain.RecentlyAppliedSales;
import io.winback.domain.Sale;
import io.winback.log.EmbeddedMetric;
import io.winback.log.JsonLog;
import io.winback.retry.Backoff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
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
 * sales the batch holds (one per 100 of them). Exactly-once comes from the customer's record of recently applied sale
 * ids, bounded by time and count, and the markers of the ids it forgot ({@link RecentlyAppliedSales}); concurrency
 * from the version condition: on a lost race the customer is read again and the sales re-applied. A redemption is
 * applied with its sale, on the customer's bonus totals, and kept in the bonus history item by item. The sales
 * applied for the first time also teach the replenishment cycles ({@link PurchaseCycles}).
 */
public final class CustomerStatsUpdater {
    /**
     * Lost races before a customer's batch is handed back to Lambda. Twelve ran out on a loaded machine, where each
     * read-apply-write is slow and the other shard keeps winning; the pauses between attempts are jittered and capped
     * at 320 ms, so 24 cost seconds at most, where giving up retries the whole stream batch.
     */
    static final int MAX_ATTEMPTS = 24;
    /** The metric each customer that could not be written counts in (template.yaml's CustomerUpdatesFailedAlarm). */
    static final String FAILED_METRIC = "CustomerUpdatesFailed";
    private static final JsonLog LOG = JsonLog.forClass(CustomerStatsUpdater.class);

    /** Customers updated at once within a batch: I/O-bound, so more than the cores Lambda gives. */
    static final int PARALLEL_CUSTOMERS = 8;
    private final ExecutorService workers;
    private final CustomerStore customers;
    private final SegmentMemberships segments;
    private final AppliedSaleMarkers markers;
    private final BonusHistory bonusHistory;
    private final ShopTotalsWriter shopTotals;
    private final ConsentLedger consentLedger;
    private final PurchaseCycles cycles;
    private final ZoneId shopZone;
    private final Clock clock;

    public CustomerStatsUpdater(CustomerStore customers, AppliedSaleMarkers markers, BonusHistory bonusHistory,
                                ShopTotalsWriter shopTotals, ConsentLedger consentLedger, ZoneId shopZone, Clock clock) {
        this(customers, markers, bonusHistory, shopTotals, consentLedger, PurchaseCycles.NONE, shopZone, clock);
    }

    public CustomerStatsUpdater(CustomerStore customers, AppliedSaleMarkers markers, BonusHistory bonusHistory,
                                ShopTotalsWriter shopTotals, ConsentLedger consentLedger, PurchaseCycles cycles,
                                ZoneId shopZone, Clock clock) {
        this(customers, markers, bonusHistory, shopTotals, consentLedger, cycles, null, shopZone, clock);
    }

    /** @param segments keeps each changed customer's segments current; null: no segments are kept */
    public CustomerStatsUpdater(CustomerStore customers, AppliedSaleMarkers markers, BonusHistory bonusHistory,
                                ShopTotalsWriter shopTotals, ConsentLedger consentLedger, PurchaseCycles cycles,
                                SegmentMemberships segments, ZoneId shopZone, Clock clock) {
        this.segments = segments;
        this.cycles = cycles;
        this.markers = markers;
        this.bonusHistory = bonusHistory;
        this.shopTotals = shopTotals;
        this.consentLedger = consentLedger;
        this.workers = DaemonThreads.pool("customer-stats", PARALLEL_CUSTOMERS);
        this.customers = customers;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    /**
     * What a batch came to: sequence numbers to report as failed (the first per customer that failed), and the
     * customers who may be in an episode their purchases end ({@link Customer#mayBeInEpisode()}), each with the
     * episodes their card marks (empty for a card marked only by its sleep decision).
     */
    public record Outcome(List<String> failedSequenceNumbers, int customersUpdated, int salesApplied,
                          int alreadyApplied, int raceRetries, Map<String, Set<String>> mayBeInEpisode) {
    }

    public Outcome apply(List<StreamedSale> batch) {
        Map<String, List<StreamedSale>> byCustomer = new LinkedHashMap<>();
        for (StreamedSale streamed : batch) {
            byCustomer.computeIfAbsent(streamed.sale().customerKey(), k -> new ArrayList<>()).add(streamed);
        }
        Map<String, Customer> stored = readTogether(byCustomer.keySet());
        // One read of the segment definitions for the batch: each customer changed is evaluated against them.
        SegmentConfiguration definitions = segments == null ? SegmentConfiguration.NONE : segments.definitions();
        // Customers are independent of each other, and each costs a round trip to write: overlap them.
        List<Future<GroupResult>> pending = new ArrayList<>(byCustomer.size());
        for (Map.Entry<String, List<StreamedSale>> group : byCustomer.entrySet()) {
            pending.add(workers.submit(() -> applyToCustomer(group.getKey(), group.getValue(), stored, definitions)));
        }
        List<String> failed = new ArrayList<>();
        int updated = 0;
        int applied = 0;
        int skipped = 0;
        int retries = 0;
        int i = 0;
        int newPurchases = 0;
        BigDecimal newNetSpent = BigDecimal.ZERO;
        Map<String, Set<String>> inEpisode = new java.util.HashMap<>();
        for (Map.Entry<String, List<StreamedSale>> group : byCustomer.entrySet()) {
            try {
                GroupResult result = pending.get(i++).get();
                updated += result.saved ? 1 : 0;
                newPurchases += result.purchases;
                newNetSpent = newNetSpent.add(result.netSpent);
                applied += result.applied;
                skipped += group.getValue().size() - result.applied;
                retries += result.attempts - 1;
                if (result.mayBeInEpisode != null) {
                    inEpisode.put(group.getKey(), result.mayBeInEpisode);
                }
            } catch (ExecutionException e) {
                // The whole group failed together (one write), so reporting its first record keeps the order.
                failed.add(group.getValue().getFirst().sequenceNumber());
                reportFailure(group.getKey(), group.getValue(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(group.getValue().getFirst().sequenceNumber());
            }
        }
        addToShopTotals(newPurchases, newNetSpent);
        return new Outcome(failed, updated, applied, skipped, retries, inEpisode);
    }

    /**
     * A customer whose sales could not be applied: their stream records go back to Lambda, which retries them and,
     * after its last retry, parks them on the stream's failure destination (docs/operations.md). The line
     * counts in the {@code CustomerUpdatesFailed} metric, which an alarm watches, so a customer that cannot be
     * written never holds its shard back unseen; it names the sale ids (receipt numbers, no personal data) and the
     * stream range to replay, with the customer's key masked.
     */
    private void reportFailure(String key, List<StreamedSale> sales, Throwable cause) {
        Object[] fields = {"customer", JsonLog.mask(key), "sales", sales.size(),
                "firstSequenceNumber", sales.getFirst().sequenceNumber(),
                "lastSequenceNumber", sales.getLast().sequenceNumber(),
                "saleIds", String.join(",", sales.stream().map(s -> s.sale().saleId()).limit(100).toList())};
        Object[] metric = EmbeddedMetric.count(FAILED_METRIC, 1, "customer-stats", clock.instant());
        Object[] line = java.util.Arrays.copyOf(fields, fields.length + metric.length);
        System.arraycopy(metric, 0, line, fields.length, metric.length);
        LOG.error("customer_update_failed", cause, line);
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
     * {@code mayBeInEpisode}: the episodes the card marks when the customer may be in one, null when not (read from
     * the item the sales were applied to, so a redelivered batch says the same).
     */
    private record GroupResult(boolean saved, int applied, int attempts, int purchases, BigDecimal netSpent,
                               Set<String> mayBeInEpisode) {
        /** Both writes' figures; attempts beyond the first add up, so race retries count once each. */
        GroupResult plus(GroupResult next) {
            Set<String> marked = mayBeInEpisode == null ? next.mayBeInEpisode : mayBeInEpisode;
            if (mayBeInEpisode != null && next.mayBeInEpisode != null) {
                marked = new HashSet<>(mayBeInEpisode);
                marked.addAll(next.mayBeInEpisode);
            }
            return new GroupResult(saved || next.saved, applied + next.applied, attempts + next.attempts - 1,
                    purchases + next.purchases, netSpent.add(next.netSpent), marked);
        }
    }

    /** The card's own word on whether the customer may be in an episode: the marked ids, or null when not. */
    private static Set<String> mayBeInEpisode(Customer customer) {
        return customer.mayBeInEpisode() ? customer.openEpisodes() : null;
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

    /**
     * The customer's sales in writes of at most {@link RecentlyAppliedSales#MAX_NEW_PER_WRITE}, so the ids one write
     * adds stay bounded whoever invokes the function with how many records. {@code stored}: the batch read, the
     * first write's starting point (null: read here); each later write starts from what the one before saved.
     */
    private GroupResult applyToCustomer(String key, List<StreamedSale> sales, Map<String, Customer> stored,
                                        SegmentConfiguration definitions) {
        Optional<Customer> known = stored == null ? null : Optional.ofNullable(stored.get(key));
        GroupResult total = new GroupResult(false, 0, 1, 0, BigDecimal.ZERO, null);
        for (int from = 0; from < sales.size(); from += RecentlyAppliedSales.MAX_NEW_PER_WRITE) {
            Written written = applyOnce(key,
                    sales.subList(from, Math.min(sales.size(), from + RecentlyAppliedSales.MAX_NEW_PER_WRITE)), known);
            total = total.plus(written.result());
            known = written.customer();
        }
        // After the card is saved, and also when the sales were applied already: a crash between the two leaves the
        // redelivery to catch the memberships up. Writes only what changed; a failure sends the records back.
        if (!definitions.segments().isEmpty() && known != null && known.isPresent()) {
            segments.refresh(definitions, known.get(), clock.instant(), SegmentMemberships.Flip.LAZY, customers::find);
        }
        return total;
    }

    /** What one write came to, and the customer as it is stored after it. */
    private record Written(GroupResult result, Optional<Customer> customer) {
    }

    /** {@code known}: the customer to start from on the first attempt (null: read here); a retry reads afresh. */
    private Written applyOnce(String key, List<StreamedSale> sales, Optional<Customer> known) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Customer> read = attempt == 1 && known != null ? known : customers.find(key);
            Customer current = read.orElseGet(() -> Customer.firstSeen(key));
            RecentlyAppliedSales.Trimmed trimmed = current.recentSales().trimmed();
            Customer updated = current.withRecentSales(trimmed.kept());
            Set<String> marked = markedApplied(key, updated, trimmed, sales);
            int applied = 0;
            int purchases = 0;
            BigDecimal netSpent = BigDecimal.ZERO;
            List<ConsentChange> consentChanges = new ArrayList<>();
            List<BonusRedemption> redemptions = new ArrayList<>();
            List<Sale> newlyApplied = new ArrayList<>();
            for (StreamedSale streamed : sales) {
                Sale sale = streamed.sale();
                Optional<BonusRedemption> redemption = updated.redemptionFor(sale);
                Customer next = updated.apply(sale, streamed.receivedAt(), shopZone, marked);
                consentChanges.addAll(SaleConsent.changes(updated, next, sale));
                if (next != updated) {
                    applied++;
                    newlyApplied.add(sale);
                    redemption.ifPresent(redemptions::add);
                    purchases += sale.isPurchase() ? 1 : 0;
                    netSpent = sale.isPurchase() ? netSpent.add(sale.total()) : netSpent.subtract(sale.total());
                }
                updated = next;
            }
            if (applied == 0) {
                return new Written(new GroupResult(false, 0, attempt, 0, BigDecimal.ZERO, mayBeInEpisode(current)), read);
            }
            // Everything kept beside the customer goes before it: a retry after a crash writes the same keys again,
            // while what was written after the save would be lost with it, as the sales then count as applied. The
            // markers first of all: once this write forgets their ids, only they say those sales were applied.
            if (!trimmed.forgotten().isEmpty()) {
                markers.mark(key, trimmed.forgotten());
            }
            if (!redemptions.isEmpty()) {
                bonusHistory.recordRedemptions(key, redemptions);
            }
            consentChanges.forEach(consentLedger::record);
            // The purchase days per group and the groups' evidence: only sales applied for the first time get here,
            // and a retry after a crash before the save below brings the same ones, which the records recognise.
            cycles.record(key, newlyApplied);
            if (customers.saveIfUnchanged(updated, clock.instant())) {
                return new Written(new GroupResult(true, applied, attempt, purchases, netSpent, mayBeInEpisode(current)),
                        Optional.of(updated.withVersion(updated.version() + 1)));
            }
            // Jitter so two shards racing for one customer stop colliding.
            Backoff.pause(attempt, 5, "retrying a customer update");
        }
        throw new IllegalStateException("customer kept changing under us for " + MAX_ATTEMPTS + " attempts");
    }

    /**
     * The sales of {@code sales} that were applied although {@code customer}'s recent ids no longer hold them: those
     * this write forgets (they were stored as applied) and those whose marker says so, read only when a sale was
     * received no later than an id forgotten before.
     */
    private Set<String> markedApplied(String key, Customer customer, RecentlyAppliedSales.Trimmed trimmed,
                                      List<StreamedSale> sales) {
        Set<String> marked = new HashSet<>();
        List<String> ask = new ArrayList<>();
        for (StreamedSale streamed : sales) {
            String saleId = streamed.sale().saleId();
            if (trimmed.forgotten().containsKey(saleId)) {
                marked.add(saleId);
            } else if (customer.recentSales().knows(saleId, streamed.receivedAt())
                    == RecentlyAppliedSales.Known.ASK_MARKERS) {
                ask.add(saleId);
            }
        }
        if (!ask.isEmpty()) {
            marked.addAll(markers.markedAmong(key, ask));
        }
        return marked;
    }
}

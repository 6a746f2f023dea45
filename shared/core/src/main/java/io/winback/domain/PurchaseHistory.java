package io.winback.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A customer's purchases as their receipts say, read from their history (newest first) back to a moment: the one
 * answer to "which purchase came first since then", whoever asks (the stats function ending an episode as a purchase
 * is applied, the worker before a step) and in whatever order the receipts arrived.
 */
public final class PurchaseHistory {
    private static final int PAGE = 50;
    private final SalesStore sales;

    public PurchaseHistory(SalesStore sales) {
        this.sales = sales;
    }

    /** The first purchase the customer made after {@code after}; empty when there is none (yet, in the index). */
    public Optional<Sale> firstPurchaseAfter(String customerKey, Instant after) {
        return firstPurchaseAfter(customerKey, after, Sale::isPurchase);
    }

    /**
     * The first purchase the customer made after {@code after} that {@code counts} (one containing a product group,
     * say: the receipts carry their lines); empty when there is none. The same pages are read whatever counts: every
     * receipt back to {@code after}.
     */
    public Optional<Sale> firstPurchaseAfter(String customerKey, Instant after, Predicate<Sale> counts) {
        Sale earliest = null;
        String cursor = null;
        do {
            SalesStore.Page page = sales.historyOf(customerKey, PAGE, cursor);
            for (Sale sale : page.sales()) {
                if (!sale.occurredAt().toInstant().isAfter(after)) {
                    return Optional.ofNullable(earliest);
                }
                if (sale.isPurchase() && counts.test(sale)) {
                    earliest = sale;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return Optional.ofNullable(earliest);
    }
}

package io.winback.worker;

import io.winback.domain.PurchaseHistory;
import io.winback.domain.Sale;
import io.winback.domain.SalesStore;

import java.time.Instant;
import java.util.Optional;

/** What the worker reads of a customer's receipts: the first purchase since a moment, and their usual store. */
final class PurchaseLookup {
    /** Receipts read a Query at a time. */
    private static final int PAGE = 50;
    private final SalesStore sales;
    private final PurchaseHistory history;

    PurchaseLookup(SalesStore sales) {
        this.sales = sales;
        this.history = new PurchaseHistory(sales);
    }

    /** The first purchase since {@code after} that {@code counts} for a chain (see {@link PurchaseHistory}). */
    Optional<Sale> firstPurchaseAfter(String customerKey, Instant after, java.util.function.Predicate<Sale> counts) {
        return history.firstPurchaseAfter(customerKey, after, counts);
    }

    /** The store of most of the customer's purchases; the most recent one's on a tie; null with none. */
    String mostVisitedStore(String customerKey) {
        java.util.Map<String, Integer> visits = new java.util.LinkedHashMap<>();
        String cursor = null;
        do {
            SalesStore.Page page = sales.historyOf(customerKey, PAGE, cursor);
            page.sales().stream().filter(Sale::isPurchase).forEach(s -> visits.merge(s.storeId(), 1, Integer::sum));
            cursor = page.nextCursor();
        } while (cursor != null);
        String best = null;
        for (var entry : visits.entrySet()) {
            if (best == null || entry.getValue() > visits.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }
}

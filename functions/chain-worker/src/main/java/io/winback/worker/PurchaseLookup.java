package io.winback.worker;

import io.winback.domain.Sale;
import io.winback.domain.SalesStore;

import java.time.Instant;
import java.util.Optional;

/** The first purchase a customer made after a moment, read from their history (newest first) back to it. */
final class PurchaseLookup {
    private static final int PAGE = 50;
    private final SalesStore sales;

    PurchaseLookup(SalesStore sales) {
        this.sales = sales;
    }

    Optional<Sale> firstPurchaseAfter(String customerKey, Instant after) {
        Sale earliest = null;
        String cursor = null;
        do {
            SalesStore.Page page = sales.historyOf(customerKey, PAGE, cursor);
            for (Sale sale : page.sales()) {
                if (!sale.occurredAt().toInstant().isAfter(after)) {
                    return Optional.ofNullable(earliest);
                }
                if (sale.isPurchase()) {
                    earliest = sale;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return Optional.ofNullable(earliest);
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

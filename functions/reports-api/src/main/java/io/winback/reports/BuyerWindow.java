package io.winback.reports;

import io.winback.report.SaleLineEntry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One page of a buyers list, picked while the period's index entries stream past in day order: the customers after
 * the cursor's key, in key order, with their entries added up. It holds at most {@code limit + 1} customers (the
 * one past the page only says another page follows), however many bought: a customer is let in while the window has
 * room or sorts before its last one, which then leaves; a customer who left, or was never let in, sorts after every
 * one kept from then on, so each customer kept has all of their entries counted.
 */
final class BuyerWindow {
    private final String after;
    private final int limit;
    private final TreeMap<String, Buyer> kept = new TreeMap<>();

    /** @param after the last customer key of the previous page, or null for the first page */
    BuyerWindow(String after, int limit) {
        this.after = after;
        this.limit = limit;
    }

    /** A customer's entries in the period (of the stores asked for). */
    static final class Buyer {
        final String customerKey;
        int purchases;
        int returns;
        BigDecimal quantity = BigDecimal.ZERO;
        LocalDate firstPurchaseDay;
        LocalDate lastPurchaseDay;

        Buyer(String customerKey) {
            this.customerKey = customerKey;
        }

        void add(SaleLineEntry entry) {
            if (!entry.isPurchase()) {
                returns++;
                return;
            }
            purchases++;
            quantity = quantity.add(entry.quantity() == null ? BigDecimal.ZERO : entry.quantity());
            firstPurchaseDay = firstPurchaseDay == null || entry.day().isBefore(firstPurchaseDay)
                    ? entry.day() : firstPurchaseDay;
            lastPurchaseDay = lastPurchaseDay == null || entry.day().isAfter(lastPurchaseDay)
                    ? entry.day() : lastPurchaseDay;
        }
    }

    void add(SaleLineEntry entry) {
        String key = entry.customerKey();
        if (after != null && key.compareTo(after) <= 0) {
            return;
        }
        Buyer buyer = kept.get(key);
        if (buyer == null) {
            if (kept.size() > limit && key.compareTo(kept.lastKey()) > 0) {
                return;
            }
            buyer = new Buyer(key);
            kept.put(key, buyer);
            if (kept.size() > limit + 1) {
                kept.pollLastEntry();
            }
        }
        buyer.add(entry);
    }

    /**
     * The page's customers in key order, those with only returns in the period included (the report leaves them
     * out, as they bought nothing in it, so a page may be short).
     */
    List<Buyer> page() {
        List<Buyer> page = new ArrayList<>(Math.min(limit, kept.size()));
        for (Buyer buyer : kept.values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(buyer);
        }
        return page;
    }

    /** Whether customers follow the page: the cursor then names its last key. */
    boolean hasMore() {
        return kept.size() > limit;
    }
}

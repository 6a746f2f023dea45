package io.winback.segment;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the definitions need to know of a customer's purchases: the groups and SKUs named by "bought" conditions and
 * how far back ({@code since}: the earliest day any of them looks at on {@code day}), so the purchases are read once
 * per customer, and only when some definition asks. {@link #NONE} when no definition does.
 */
public record PurchaseNeeds(Set<ItemRef> items, LocalDate since) {
    public static final PurchaseNeeds NONE = new PurchaseNeeds(Set.of(), null);

    public PurchaseNeeds {
        items = Set.copyOf(items);
    }

    public boolean any() {
        return !items.isEmpty();
    }

    /** What both need: every item of either, from the earlier of their days. */
    public PurchaseNeeds and(PurchaseNeeds other) {
        if (!other.any()) {
            return this;
        }
        if (!any()) {
            return other;
        }
        Set<ItemRef> both = new java.util.HashSet<>(items);
        both.addAll(other.items);
        return new PurchaseNeeds(both, since.isBefore(other.since) ? since : other.since);
    }
}

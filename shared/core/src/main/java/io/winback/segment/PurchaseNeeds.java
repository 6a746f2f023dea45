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
}

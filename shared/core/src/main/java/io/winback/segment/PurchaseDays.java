package io.winback.segment;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;

/** The days a customer bought the groups and SKUs that segment definitions ask about. */
public interface PurchaseDays {
    /** For each item of {@code needs}, the days from {@code needs.since()} on that the customer bought it. */
    Map<ItemRef, NavigableSet<LocalDate>> of(String customerKey, PurchaseNeeds needs);
}

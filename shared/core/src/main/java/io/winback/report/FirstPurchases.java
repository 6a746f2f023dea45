package io.winback.report;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** When each customer first bought: what tells a report's new customers from its returning ones. */
public interface FirstPurchases {
    /** The first purchase of each customer that has one; customers unknown or without a purchase are absent. */
    Map<String, Instant> firstPurchaseAt(Collection<String> customerKeys);
}

package io.winback.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Sales marked applied to their customer one item each: where {@link RecentlyAppliedSales} puts the ids it forgets by
 * count, so a customer's item stays small while a redelivered record of a busy customer is still recognised. A mark
 * is needed only while its sale can still be delivered (a day after it was received), and it may be kept longer.
 */
public interface AppliedSaleMarkers {

    /** Marks each sale applied to {@code customerKey}; {@code receivedAt} per sale id, when the webhook stored it. */
    void mark(String customerKey, Map<String, Instant> receivedAt);

    /** Those of {@code saleIds} marked applied to {@code customerKey}. */
    Set<String> markedAmong(String customerKey, Collection<String> saleIds);

    /** Deletes every marker of the customer (they name sales, under the customer's key); how many. Idempotent. */
    int unmarkAll(String customerKey);
}

package io.winback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sale ids applied to a customer's stats recently, so that a redelivered stream record is recognised and
 * skipped, bounded by time and by count so the customer item stays small however busy the customer is.
 *
 * <p>Why it stays exact. The Sales table stores one INSERT per sale id ever; only stream redelivery repeats one, and
 * DynamoDB Streams keep a record 24 hours after the sale was stored ({@code receivedAt}, set by the webhook just
 * before its write). Each id is kept with that {@code receivedAt}:
 * <ul>
 *   <li>by time: an id whose sale was received more than {@link #RETENTION} (24 hours of stream retention plus 24
 *   of margin) before the latest sale kept is dropped outright: that latest sale was received, so it is now at
 *   least that late, and no record of the older sale can be delivered any more. The customer's own receipts are the
 *   clock, the webhook's, the same that stamped {@code receivedAt}: no function's clock or test clock enters;</li>
 *   <li>by count: beyond {@link #KEPT} ids the earliest received are forgotten, but only ids already stored (never
 *   one applied in the write that forgets), each first marked applied in an item of its own (see
 *   {@code AppliedSaleMarkers}), and {@code forgottenUpTo} keeps the latest {@code receivedAt} forgotten so.</li>
 * </ul>
 * A sale not kept here, received after {@code forgottenUpTo}, was therefore never applied; one received at or before
 * it may have been forgotten, and its marker decides ({@link Known#ASK_MARKERS}). A burst of one customer's sales
 * (an import, a shared card) costs a marker per sale beyond the count, never a lost or doubled sale.
 *
 * @param receivedAt    epoch milliseconds the sale was received, per sale id kept
 * @param forgottenUpTo the latest receivedAt (epoch millis) of an id forgotten by count; null: none ever was
 */
public record RecentlyAppliedSales(Map<String, Long> receivedAt, Long forgottenUpTo) {
    public static final Duration RETENTION = Duration.ofHours(48);
    /**
     * Ids kept past a write. One write adds at most {@code MAX_NEW_PER_WRITE} more (the stats update writes a
     * customer once per 100 of their sales, as Lambda's batch holds at most 100), so a retried batch is still found
     * here, without a marker read, and the item holds at most 200 ids.
     */
    public static final int KEPT = 100;
    public static final int MAX_NEW_PER_WRITE = 100;
    public static final RecentlyAppliedSales NONE = new RecentlyAppliedSales(Map.of(), null);

    /** What is known of a sale id: applied, not applied, or to be asked of the markers. */
    public enum Known { APPLIED, NOT_APPLIED, ASK_MARKERS }

    public RecentlyAppliedSales {
        receivedAt = Map.copyOf(receivedAt);
    }

    public boolean contains(String saleId) {
        return receivedAt.containsKey(saleId);
    }

    public Known knows(String saleId, Instant saleReceivedAt) {
        if (contains(saleId)) {
            return Known.APPLIED;
        }
        return forgottenUpTo == null || saleReceivedAt.toEpochMilli() > forgottenUpTo
                ? Known.NOT_APPLIED : Known.ASK_MARKERS;
    }

    /** With {@code saleId} recorded as received at {@code saleReceivedAt}. */
    public RecentlyAppliedSales with(String saleId, Instant saleReceivedAt) {
        Map<String, Long> more = new HashMap<>(receivedAt);
        more.put(saleId, saleReceivedAt.toEpochMilli());
        return new RecentlyAppliedSales(more, forgottenUpTo);
    }

    /** The ids left after a trim, and those forgotten by count, which must be marked applied before it is saved. */
    public record Trimmed(RecentlyAppliedSales kept, Map<String, Instant> forgotten) {
    }

    /**
     * Drops ids received more than {@link #RETENTION} before the latest kept, then forgets the earliest received
     * beyond {@link #KEPT}.
     */
    public Trimmed trimmed() {
        long latest = receivedAt.values().stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
        long horizon = latest == Long.MIN_VALUE ? Long.MIN_VALUE : latest - RETENTION.toMillis();
        List<Map.Entry<String, Long>> live = new ArrayList<>();
        receivedAt.entrySet().stream().filter(e -> e.getValue() >= horizon).forEach(live::add);
        if (live.size() == receivedAt.size() && live.size() <= KEPT) {
            return new Trimmed(this, Map.of());
        }
        live.sort(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Instant> forgotten = new LinkedHashMap<>();
        Long upTo = forgottenUpTo;
        int excess = Math.max(0, live.size() - KEPT);
        for (Map.Entry<String, Long> entry : live.subList(0, excess)) {
            forgotten.put(entry.getKey(), Instant.ofEpochMilli(entry.getValue()));
            upTo = upTo == null ? entry.getValue() : Math.max(upTo, entry.getValue());
        }
        Map<String, Long> kept = new HashMap<>();
        live.subList(excess, live.size()).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return new Trimmed(new RecentlyAppliedSales(kept, upTo), forgotten);
    }

}

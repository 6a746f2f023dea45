package io.winback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The sale ids applied to a customer's stats recently, so that a redelivered stream record is recognised and
 * skipped. The Sales table already guarantees one INSERT per sale id ever; only stream redelivery can repeat it,
 * and DynamoDB Streams keep records for 24 hours, so remembering each id for {@link #RETENTION} is exact while the
 * customer item stays small however long the history grows.
 */
public record RecentlyAppliedSales(Map<String, Instant> appliedAt) {
    public static final Duration RETENTION = Duration.ofHours(48);
    public static final RecentlyAppliedSales NONE = new RecentlyAppliedSales(Map.of());

    public RecentlyAppliedSales {
        appliedAt = Map.copyOf(appliedAt);
    }

    public boolean contains(String saleId) {
        return appliedAt.containsKey(saleId);
    }

    /** With {@code saleId} recorded at {@code now}, and ids older than the retention forgotten. */
    public RecentlyAppliedSales with(String saleId, Instant now) {
        Instant horizon = now.minus(RETENTION);
        Map<String, Instant> kept = new HashMap<>();
        appliedAt.forEach((id, at) -> {
            if (at.isAfter(horizon)) {
                kept.put(id, at);
            }
        });
        kept.put(saleId, now);
        return new RecentlyAppliedSales(kept);
    }
}

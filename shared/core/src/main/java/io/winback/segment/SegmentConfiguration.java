package io.winback.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every segment the shop defined, as one versioned document ({@code version} 0: none yet), in an order where a
 * segment comes after each segment its conditions name, so one pass evaluates them all.
 */
public record SegmentConfiguration(List<SegmentDefinition> segments, int version) {
    public static final SegmentConfiguration NONE = new SegmentConfiguration(List.of(), 0);

    public SegmentConfiguration {
        segments = List.copyOf(segments);
    }

    public Optional<SegmentDefinition> find(String id) {
        return segments.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public boolean anyDynamic() {
        return segments.stream().anyMatch(s -> !s.isStatic());
    }

    /** The purchases the dynamic segments' "bought" conditions look at on {@code day}. */
    public PurchaseNeeds needs(LocalDate day) {
        throw new UnsupportedOperationException("TODO");
    }

    public SegmentConfiguration withVersion(int newVersion) {
        return new SegmentConfiguration(segments, newVersion);
    }
}

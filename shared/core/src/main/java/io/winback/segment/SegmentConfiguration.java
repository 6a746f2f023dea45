package io.winback.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        Set<ItemRef> items = new HashSet<>();
        LocalDate since = null;
        for (SegmentDefinition segment : segments) {
            for (Condition leaf : ConditionTree.leaves(segment.conditions())) {
                if (leaf instanceof Condition.Bought bought) {
                    items.add(bought.item());
                    LocalDate looksFrom = bought.since(day);
                    since = since == null || looksFrom.isBefore(since) ? looksFrom : since;
                }
            }
        }
        return items.isEmpty() ? PurchaseNeeds.NONE : new PurchaseNeeds(items, since);
    }

    /**
     * This configuration with {@code definition} added, or put in place of the segment of its id: that segment's
     * version one more than before (1 when new), and the segments re-ordered so each comes after those it names.
     * The configuration's own version stays: the store assigns it.
     *
     * @throws IllegalArgumentException when the definition would make segments name each other round a cycle
     */
    public SegmentConfiguration with(SegmentDefinition definition) {
        int version = find(definition.id()).map(SegmentDefinition::version).orElse(0) + 1;
        SegmentDefinition versioned = new SegmentDefinition(definition.id(), definition.name(), version,
                definition.conditions());
        List<SegmentDefinition> more = new ArrayList<>(segments.size() + 1);
        boolean replaced = false;
        for (SegmentDefinition segment : segments) {
            if (segment.id().equals(definition.id())) {
                more.add(versioned);
                replaced = true;
            } else {
                more.add(segment);
            }
        }
        if (!replaced) {
            more.add(versioned);
        }
        return new SegmentConfiguration(SegmentOrder.of(more), this.version);
    }

    /**
     * This configuration without the segment {@code id} (the same when there is none).
     *
     * @throws IllegalArgumentException while other segments name it ({@link #referencing}): they would name nothing
     */
    public SegmentConfiguration without(String id) {
        List<String> naming = referencing(id);
        if (!naming.isEmpty()) {
            throw new IllegalArgumentException("segment " + id + " is named by " + String.join(", ", naming));
        }
        return new SegmentConfiguration(segments.stream().filter(s -> !s.id().equals(id)).toList(), version);
    }

    /** The ids of the segments whose conditions name {@code id} ({@code inSegment}), in the configuration's order. */
    public List<String> referencing(String id) {
        return segments.stream().filter(s -> ConditionTree.segmentsNamed(s.conditions()).contains(id))
                .map(SegmentDefinition::id).toList();
    }

    /** The dynamic segments, in the order one pass evaluates them. */
    public List<SegmentDefinition> dynamic() {
        return segments.stream().filter(s -> !s.isStatic()).toList();
    }

    public SegmentConfiguration withVersion(int newVersion) {
        return new SegmentConfiguration(segments, newVersion);
    }
}

package io.winback.chain;

import io.winback.domain.PurchaseBand;

import java.util.List;

/**
 * The steps a customer goes through after one trigger, limited to one audience: a purchase band ({@code band}), a
 * segment the shop defined ({@code segment}, its id: "VIPs who fell asleep"), or nobody in particular when both are
 * null (every customer). The fell-asleep trigger always names a band or a segment; the others may name neither.
 * Which of several chains of one trigger serves a customer is {@link ChainChoice}'s rule.
 *
 * @param priority when one customer is due for several chains on one day, the one that starts: the lowest number
 *                 ({@value #MIN_PRIORITY}..{@value #MAX_PRIORITY}); the trigger's {@link Trigger#defaultPriority()}
 *                 unless the marketer set one
 * @param segment  the id of the shop-defined segment ({@link io.winback.segment.SegmentDefinition}) whose members
 *                 alone this chain serves; null: not limited to one
 */
public record Chain(String id, Trigger trigger, PurchaseBand band, List<ChainStep> steps, int priority,
                    String segment) {
    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 100;

    public Chain {
        steps = List.copyOf(steps);
        if (band != null && segment != null) {
            throw new IllegalArgumentException("a chain names a band or a segment, not both");
        }
        if (band == null && segment == null && trigger instanceof Trigger.FellAsleep) {
            throw new IllegalArgumentException("a fell-asleep chain names its segment");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one step");
        }
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be " + MIN_PRIORITY + ".." + MAX_PRIORITY + ": "
                    + priority);
        }
    }

    /** A chain of a band (or of everyone) at {@code priority}. */
    public Chain(String id, Trigger trigger, PurchaseBand band, List<ChainStep> steps, int priority) {
        this(id, trigger, band, steps, priority, null);
    }

    /** A chain of a band (or of everyone) at its trigger's default priority. */
    public Chain(String id, Trigger trigger, PurchaseBand band, List<ChainStep> steps) {
        this(id, trigger, band, steps, trigger.defaultPriority());
    }

    /** A chain serving only the members of the shop-defined segment {@code segment}, at its trigger's priority. */
    public static Chain ofSegment(String id, Trigger trigger, String segment, List<ChainStep> steps) {
        return new Chain(id, trigger, null, steps, trigger.defaultPriority(), segment);
    }

    public ChainStep step(int index) {
        return steps.get(index);
    }
}

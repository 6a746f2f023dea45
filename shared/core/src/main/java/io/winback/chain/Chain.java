package io.winback.chain;

import io.winback.domain.PurchaseBand;

import java.util.List;

/**
 * The steps a customer goes through after one trigger: a customer of one purchase band, or of every band when
 * {@code band} is null (the fell-asleep trigger always names its band; the others may leave it out).
 *
 * @param priority when one customer is due for several chains on one day, the one that starts: the lowest number
 *                 ({@value #MIN_PRIORITY}..{@value #MAX_PRIORITY}); the trigger's {@link Trigger#defaultPriority()}
 *                 unless the marketer set one
 */
public record Chain(String id, Trigger trigger, PurchaseBand band, List<ChainStep> steps, int priority) {
    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 100;

    public Chain {
        steps = List.copyOf(steps);
        if (band == null && trigger instanceof Trigger.FellAsleep) {
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

    /** A chain at its trigger's default priority. */
    public Chain(String id, Trigger trigger, PurchaseBand band, List<ChainStep> steps) {
        this(id, trigger, band, steps, trigger.defaultPriority());
    }

    public ChainStep step(int index) {
        return steps.get(index);
    }
}

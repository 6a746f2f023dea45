package io.winback.chain;

import io.winback.domain.PurchaseBand;

import java.util.List;

/**
 * The steps a customer goes through after one trigger: a customer of one purchase band, or of every band when
 * {@code band} is null (the fell-asleep trigger always names its band; the others may leave it out).
 */
public record Chain(String id, Trigger trigger, PurchaseBand band, List<ChainStep> steps) {

    public Chain {
        steps = List.copyOf(steps);
        if (band == null && trigger instanceof Trigger.FellAsleep) {
            throw new IllegalArgumentException("a fell-asleep chain names its segment");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one step");
        }
    }

    public ChainStep step(int index) {
        return steps.get(index);
    }
}

package io.winback.chain;

import io.winback.domain.PurchaseBand;

import java.util.List;

/** The steps a customer of one segment goes through after one trigger. */
public record Chain(String id, Trigger trigger, PurchaseBand band, List<ChainStep> steps) {

    public Chain {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one step");
        }
    }

    public ChainStep step(int index) {
        return steps.get(index);
    }
}

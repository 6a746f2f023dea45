package io.winback.chain;

import io.winback.domain.PurchaseBand;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything a marketer changes without a redeploy: the chains and the budget cap. Stored versioned; an episode
 * keeps the version it started under, so a change never rewrites a chain someone is half-way through.
 */
public record ChainConfiguration(int version, List<Chain> chains, BudgetCap budget) {

    private static final Predicate<String> NO_SEGMENT = segment -> false;

    public ChainConfiguration {
        chains = List.copyOf(chains);
    }

    /**
     * The chain {@code trigger} starts for a customer of {@code band} who is in no segment the shop defined: the
     * band's own chain, else one of the trigger that names no band (everyone; only the new triggers may leave it out).
     */
    public Optional<Chain> chainFor(Trigger trigger, PurchaseBand band) {
        return chainFor(trigger, band, NO_SEGMENT);
    }

    /**
     * The chain {@code trigger} starts for a customer of {@code band}, in the segments {@code inSegment} says: of the
     * chains of exactly this trigger, the most specific audience's ({@link ChainChoice}).
     */
    public Optional<Chain> chainFor(Trigger trigger, PurchaseBand band, Predicate<String> inSegment) {
        return ChainChoice.mostSpecific(chains.stream().filter(c -> c.trigger().equals(trigger)).toList(), band,
                inSegment).stream().findFirst();
    }

    /** {@link #chainServing(Trigger, PurchaseBand, Predicate)} for a customer in no segment the shop defined. */
    public Optional<Chain> chainServing(Trigger trigger, PurchaseBand band) {
        return chainServing(trigger, band, NO_SEGMENT);
    }

    /**
     * The chain that serves {@code trigger}'s occasion for a customer of {@code band}, in the segments
     * {@code inSegment} says: as {@link #chainFor}, but an audience (a member's segment, the band) with a chain of
     * its own of the trigger's kind (the same {@link Trigger#name()}: a birthday, a cross-sell pair) is served only by
     * its own, with its own settings: a less specific chain of other settings (another {@code daysBefore}, another
     * {@code afterDays}) does not serve it.
     */
    public Optional<Chain> chainServing(Trigger trigger, PurchaseBand band, Predicate<String> inSegment) {
        List<Chain> ofKind = chains.stream().filter(c -> c.trigger().name().equals(trigger.name())).toList();
        return ChainChoice.mostSpecific(ofKind, band, inSegment).stream()
                .filter(c -> c.trigger().equals(trigger)).findFirst();
    }

    /** The ids of the chains limited to the segment {@code segmentId}, in the configuration's order. */
    public List<String> naming(String segmentId) {
        return chains.stream().filter(c -> segmentId.equals(c.segment())).map(Chain::id).toList();
    }

    public Optional<Chain> chain(String id) {
        return chains.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public ChainConfiguration withVersion(int newVersion) {
        return new ChainConfiguration(newVersion, chains, budget);
    }
}

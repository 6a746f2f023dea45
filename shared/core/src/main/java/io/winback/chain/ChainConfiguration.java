package io.winback.chain;

import io.winback.domain.PurchaseBand;

import java.util.List;
import java.util.Optional;

/**
 * Everything a marketer changes without a redeploy: the chains and the budget cap. Stored versioned; an episode
 * keeps the version it started under, so a change never rewrites a chain someone is half-way through.
 */
public record ChainConfiguration(int version, List<Chain> chains, BudgetCap budget) {

    public ChainConfiguration {
        chains = List.copyOf(chains);
    }

    /**
     * The chain {@code trigger} starts for a customer of {@code band}, if any: the band's own chain, else one of the
     * trigger that names no band (everyone; only the new triggers may leave it out).
     */
    public Optional<Chain> chainFor(Trigger trigger, PurchaseBand band) {
        Optional<Chain> own = chains.stream().filter(c -> c.trigger().equals(trigger) && c.band() == band
                && band != null).findFirst();
        return own.isPresent() ? own
                : chains.stream().filter(c -> c.trigger().equals(trigger) && c.band() == null).findFirst();
    }

    /**
     * The chain that serves {@code trigger}'s occasion for a customer of {@code band}: as {@link #chainFor}, but a
     * band with a chain of its own of the trigger's kind (the same {@link Trigger#name()}: a birthday, a cross-sell
     * pair) is served only by it, with its own settings: the everyone's chain of other settings (another
     * {@code daysBefore}, another {@code afterDays}) does not serve it.
     */
    public Optional<Chain> chainServing(Trigger trigger, PurchaseBand band) {
        boolean bandHasItsOwn = band != null && chains.stream()
                .anyMatch(c -> c.band() == band && c.trigger().name().equals(trigger.name()));
        return chainFor(trigger, band).filter(chain -> chain.band() != null || !bandHasItsOwn);
    }

    public Optional<Chain> chain(String id) {
        return chains.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public ChainConfiguration withVersion(int newVersion) {
        return new ChainConfiguration(newVersion, chains, budget);
    }
}

package io.winback.report.reactivation;

import io.winback.domain.PurchaseBand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The campaign report's figures as kept: the counts, Σ and Σ² of one group (treated or holdout) of one chain, for
 * the customers of one purchase band who entered on one day; each counter named {@code <scope>.<figure>}, the scope
 * {@code a} for the whole chain or the step's index, so one change of an episode adds to one figure. Added to as
 * episodes enter, touches settle and conversions land ({@link EpisodeFigures}); the report adds up a period's days
 * and reads nothing per customer.
 */
public record KeptFigure(Key key, Map<String, BigDecimal> counters) {
    public KeptFigure {
        counters = Map.copyOf(new TreeMap<>(counters));
    }

    /** The scope of the whole chain's counters. */
    public static final String WHOLE_CHAIN = "a";

    /** Where a figure is kept: the day entered, the chain, the band (null: none) and the group. */
    public record Key(LocalDate entered, String chainId, PurchaseBand band, boolean holdout) {
    }

    /** Whether every counter is zero (what a figure whose episodes were all taken back holds). */
    public boolean isEmpty() {
        return counters.values().stream().allMatch(n -> n.signum() == 0);
    }
}

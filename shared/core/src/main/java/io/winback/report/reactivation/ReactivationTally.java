package io.winback.report.reactivation;

import io.winback.chain.Conversion;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Touch;
import io.winback.domain.PurchaseBand;
import io.winback.tasks.CountedCalls;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adds episodes up per chain, treated and holdout apart, counting everyone who entered (intention to treat). One
 * purchase is credited to one episode only: when a customer's purchase converted two episodes (two chains), the one
 * the customer entered first keeps it. Holds the counts and the credited purchases' ids, never the episodes.
 */
public final class ReactivationTally {
    /** The one key of a pooled tally: every chain together. */
    public static final String ALL_CHAINS = "*";
    private final String chain;
    private final PurchaseBand band;
    private final boolean pooled;
    private final Map<String, ChainTally> chains = new TreeMap<>();
    private final Set<String> creditedPurchases = new HashSet<>();

    /** @param chain only this chain's episodes (null: all); @param band only this purchase band's (null: all) */
    public ReactivationTally(String chain, PurchaseBand band) {
        this(chain, band, false);
    }

    private ReactivationTally(String chain, PurchaseBand band, boolean pooled) {
        this.chain = chain;
        this.band = band;
        this.pooled = pooled;
    }

    /** Every chain added up as one, under {@link #ALL_CHAINS}: the funnel of the whole programme. */
    public static ReactivationTally pooled() {
        return new ReactivationTally(null, null, true);
    }

    public void add(StartedEpisode started) {
        Episode episode = started.episode();
        // Credited before the filters, so a chain's report credits a purchase exactly as the whole report does.
        Conversion credited = creditOnce(episode);
        if ((chain != null && !chain.equals(episode.chainId())) || (band != null && episode.band() != band)) {
            return;
        }
        ChainTally tally = chains.computeIfAbsent(pooled ? ALL_CHAINS : episode.chainId(), id -> new ChainTally());
        boolean holdout = episode.holdout();
        BigDecimal value = episode.figures() == null ? null : episode.figures().valueOfACustomerWonBack();
        boolean messaged = false;
        for (Touch touch : started.touches()) {
            if (!touch.status().isFinal()) {
                continue;
            }
            boolean message = GroupTally.isMessage(touch);
            messaged |= message;
            GroupTally step = tally.step(touch.step(), holdout);
            step.enter(credited != null && credited.step() == touch.step() ? credited : null, message, value);
            step.touch(touch);
            tally.total(holdout).touch(touch);
        }
        tally.total(holdout).enter(credited, messaged, value);
        episode.deferrals().byStep().forEach((step, reasons) -> reasons.forEach((reason, times) -> {
            tally.step(step, holdout).defer(reason, times);
            tally.total(holdout).defer(reason, times);
        }));
    }

    /**
     * One kept figure ({@link KeptFigure}) under the same filters as the episodes: what {@link #add} would have
     * counted of the episodes it was kept from. A figure whose episodes were all taken back (zeros) adds nothing,
     * not even a step row.
     */
    public void addKept(KeptFigure figure) {
        KeptFigure.Key key = figure.key();
        if ((chain != null && !chain.equals(key.chainId())) || (band != null && key.band() != band)
                || figure.isEmpty()) {
            return;
        }
        ChainTally tally = chains.computeIfAbsent(pooled ? ALL_CHAINS : key.chainId(), id -> new ChainTally());
        Map<String, Map<String, BigDecimal>> byScope = new TreeMap<>();
        figure.counters().forEach((name, n) -> {
            int dot = name.indexOf('.');
            byScope.computeIfAbsent(name.substring(0, dot), s -> new TreeMap<>()).put(name.substring(dot + 1), n);
        });
        byScope.forEach((scope, counters) -> {
            if (counters.values().stream().allMatch(n -> n.signum() == 0)) {
                return;
            }
            GroupTally group = scope.equals(KeptFigure.WHOLE_CHAIN) ? tally.total(key.holdout())
                    : tally.step(Integer.parseInt(scope), key.holdout());
            group.add(counters);
        });
    }

    /**
     * One day's call counters of a chain's step ({@link CountedCalls}), under the same filters as the episodes: the
     * chain, and the band the episode had.
     */
    public void addCalls(CountedCalls.DayCalls day) {
        if ((chain != null && !chain.equals(day.chainId())) || (band != null && day.band() != band)) {
            return;
        }
        chains.computeIfAbsent(pooled ? ALL_CHAINS : day.chainId(), id -> new ChainTally()).call(day.step(),
                day.counts());
    }

    /** The episode's conversion, unless its purchase was credited to an episode before. */
    private Conversion creditOnce(Episode episode) {
        Conversion conversion = episode.status() == EpisodeStatus.CONVERTED ? episode.conversion() : null;
        if (conversion == null) {
            return null;
        }
        String purchase = episode.customerKey() + "\u0000" + conversion.saleId();
        return creditedPurchases.add(purchase) ? conversion : null;
    }

    /** The chains seen, by id. */
    public Map<String, ChainTally> chains() {
        return Map.copyOf(chains);
    }
}

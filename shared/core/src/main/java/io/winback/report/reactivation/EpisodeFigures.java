package io.winback.report.reactivation;

import io.winback.chain.Episode;
import io.winback.chain.Touch;
import io.winback.chain.Trigger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one episode adds to the kept figures ({@link KeptFigure}), and what a change of it adds: the very counting of
 * {@link ReactivationTally}, applied to this episode alone, so the kept figures are the full recount's by
 * construction. An episode counts the touches of the steps it has moved past ({@code step < nextStep}): those are
 * final and never change again, so what a version of the episode added can be worked out again later from the
 * touches as they are then, and a save adds exactly the difference between its version and the one it replaces.
 */
public final class EpisodeFigures {
    private EpisodeFigures() {
    }

    /** The figures {@code episode} adds, with {@code touches} (any of the customer's; those of its past steps count). */
    public static Map<KeptFigure.Key, Map<String, BigDecimal>> of(Episode episode, List<Touch> touches) {
        return of(episode, touches, true);
    }

    /**
     * As {@link #of(Episode, List)}; {@code credited} false when the episode's purchase is credited to another
     * episode the customer entered first (one purchase, one episode), so it counts as entered, not converted.
     */
    public static Map<KeptFigure.Key, Map<String, BigDecimal>> of(Episode episode, List<Touch> touches,
                                                                  boolean credited) {
        LocalDate entered = Trigger.Occasion.dayOf(episode.id());
        if (entered == null) {
            return Map.of();
        }
        List<Touch> counted = touches.stream().filter(t -> t.episodeId().equals(episode.id())
                && t.step() < episode.nextStep() && t.status().isFinal()).toList();
        ReactivationTally tally = new ReactivationTally(null, null);
        tally.add(new StartedEpisode(credited || episode.conversion() == null ? episode
                : episode.ended(episode.status(), episode.endReason(), null), counted));
        ChainTally chain = tally.chains().get(episode.chainId());
        boolean holdout = episode.holdout();
        Map<String, BigDecimal> counters = new HashMap<>();
        put(counters, KeptFigure.WHOLE_CHAIN, holdout ? chain.holdout() : chain.treated());
        for (int step : chain.steps()) {
            put(counters, Integer.toString(step), holdout ? chain.holdoutAt(step) : chain.treatedAt(step));
        }
        return Map.of(new KeptFigure.Key(entered, episode.chainId(), episode.band(), holdout), counters);
    }

    /** What replacing {@code before} (null: nothing counted yet) by {@code after} (null: taken back) adds. */
    public static Map<KeptFigure.Key, Map<String, BigDecimal>> change(Episode before, Episode after,
                                                                      List<Touch> touches) {
        return change(before, true, after, true, touches);
    }

    /** As {@link #change(Episode, Episode, List)}, each side with whether its purchase is credited to it. */
    public static Map<KeptFigure.Key, Map<String, BigDecimal>> change(Episode before, boolean beforeCredited,
                                                                      Episode after, boolean afterCredited,
                                                                      List<Touch> touches) {
        Map<KeptFigure.Key, Map<String, BigDecimal>> change = new HashMap<>();
        if (after != null) {
            plus(change, of(after, touches, afterCredited), false);
        }
        if (before != null) {
            plus(change, of(before, touches, beforeCredited), true);
        }
        return tidy(change);
    }

    /** {@code more} added into {@code into} (taken away when {@code negate}). */
    public static void plus(Map<KeptFigure.Key, Map<String, BigDecimal>> into,
                            Map<KeptFigure.Key, Map<String, BigDecimal>> more, boolean negate) {
        more.forEach((key, counters) -> counters.forEach((name, n) -> into.computeIfAbsent(key,
                k -> new HashMap<>()).merge(name, negate ? n.negate() : n, BigDecimal::add)));
    }

    /** Zeros left out, and figures left with nothing. */
    public static Map<KeptFigure.Key, Map<String, BigDecimal>> tidy(Map<KeptFigure.Key, Map<String, BigDecimal>> change) {
        change.values().forEach(counters -> counters.values().removeIf(n -> n.signum() == 0));
        change.values().removeIf(Map::isEmpty);
        return change;
    }

    /**
     * Whether {@code episode}'s purchase is credited to it: no other of the customer's episodes that entered before
     * it (by day, then id: the order the full count visits them in) converted with the same sale.
     */
    public static boolean credited(Episode episode, List<Episode> others) {
        if (episode.conversion() == null) {
            return true;
        }
        return others.stream().noneMatch(other -> !other.id().equals(episode.id()) && sameSale(other, episode)
                && enteredBefore(other, episode));
    }

    static boolean sameSale(Episode a, Episode b) {
        return a.status() == io.winback.chain.EpisodeStatus.CONVERTED && a.conversion() != null
                && b.conversion() != null && a.conversion().saleId().equals(b.conversion().saleId());
    }

    /** Whether {@code a} entered before {@code b}: an earlier day, or the same day and a lower id. */
    public static boolean enteredBefore(Episode a, Episode b) {
        LocalDate dayA = Trigger.Occasion.dayOf(a.id());
        LocalDate dayB = Trigger.Occasion.dayOf(b.id());
        if (dayA == null || dayB == null) {
            return false;
        }
        int byDay = dayA.compareTo(dayB);
        return byDay < 0 || (byDay == 0 && a.id().compareTo(b.id()) < 0);
    }

    private static void put(Map<String, BigDecimal> counters, String scope, GroupTally group) {
        group.counters().forEach((name, n) -> counters.put(scope + "." + name, n));
    }
}

package io.winback.stats;

import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.PurchaseEndsEpisode;
import io.winback.chain.Touch;
import io.winback.chain.Touches;
import io.winback.domain.Sale;
import io.winback.log.JsonLog;

import io.winback.domain.PurchaseHistory;
import io.winback.tasks.CallTasks;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ends a customer's running episode as their purchase is applied, converted or not by the chain's own rule
 * ({@link PurchaseEndsEpisode}), so the campaign report counts the customer who came back at once, not when the
 * episode's next step comes due. The save is conditional on the version read, so a redelivered stream record, or the
 * worker judging the same purchase at the same moment, cannot credit it twice: whoever saves first ends the episode,
 * the other finds it no longer active. The worker's own check before each step stays as the backstop.
 */
final class EpisodesEndedByPurchase {
    private static final JsonLog LOG = JsonLog.forClass(EpisodesEndedByPurchase.class);
    private static final int ATTEMPTS = 10;
    private final Episodes episodes;
    private final Touches touches;
    private final CallTasks tasks;
    private final PurchaseHistory history;
    private final io.winback.domain.CustomerRefs refs;
    private final Clock clock;

    EpisodesEndedByPurchase(Episodes episodes, Touches touches, CallTasks tasks, PurchaseHistory history,
                            io.winback.domain.CustomerRefs refs, Clock clock) {
        this.episodes = episodes;
        this.touches = touches;
        this.tasks = tasks;
        this.history = history;
        this.refs = refs;
        this.clock = clock;
    }

    /** Ends every active episode of the customer that one of {@code sales} (this batch's) ends. */
    void endBy(String customerKey, List<Sale> sales) {
        if (sales.stream().noneMatch(Sale::isPurchase)) {
            return;
        }
        for (Episode episode : episodes.episodesOf(customerKey)) {
            if (episode.isActive()) {
                end(customerKey, episode.id(), sales);
            }
        }
    }

    private void end(String customerKey, String episodeId, List<Sale> sales) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Episode> read = episodes.episode(customerKey, episodeId);
            if (read.isEmpty()) {
                return;
            }
            if (!read.get().isActive()) {
                // Ended since it was listed: by the worker, or by this function on a try whose task closing then
                // failed. Closing its call tasks again is harmless (a closed task stays as it was) and finishes that.
                PurchaseEndsEpisode.closeCallTasks(touches, tasks, refs, read.get(), clock.instant());
                return;
            }
            Episode episode = read.get();
            if (sales.stream().noneMatch(sale -> PurchaseEndsEpisode.ends(episode, sale))) {
                return;
            }
            // The first purchase since the episode began, whatever order the receipts arrived in: the customer's
            // history (as the worker reads it), or this batch's when the history index has not caught up yet.
            Instant after = episode.lastPurchaseBefore() != null ? episode.lastPurchaseBefore() : Instant.EPOCH;
            Optional<Sale> first = Stream.concat(history.firstPurchaseAfter(customerKey, after).stream(),
                            sales.stream().filter(sale -> PurchaseEndsEpisode.ends(episode, sale)))
                    .min(Comparator.comparing(sale -> sale.occurredAt().toInstant()));
            List<Touch> touchesOfEpisode = touches.touchesOf(customerKey).stream()
                    .filter(t -> t.episodeId().equals(episodeId)).toList();
            Episode ended = PurchaseEndsEpisode.ended(episode, touchesOfEpisode, first);
            if (episodes.saveIfUnchanged(ended)) {
                PurchaseEndsEpisode.closeCallTasks(touches, tasks, refs, ended, clock.instant());
                LOG.info("episode_ended", "customer", JsonLog.mask(customerKey), "episode", episodeId,
                        "status", ended.status().wireName(), "reason", ended.endReason(), "holdout", ended.holdout(),
                        "by", "stats");
                return;
            }
        }
        throw new IllegalStateException("episode kept changing for " + ATTEMPTS + " attempts");
    }
}

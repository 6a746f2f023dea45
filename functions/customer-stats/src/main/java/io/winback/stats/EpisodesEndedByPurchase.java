package io.winback.stats;

import io.winback.chain.Chain;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.ConvertingPurchase;
import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.OpenEpisodeMarks;
import io.winback.chain.PurchaseEndsEpisode;
import io.winback.chain.Touch;
import io.winback.chain.Touches;
import io.winback.chain.Trigger;
import io.winback.domain.CustomerRefs;
import io.winback.domain.PurchaseHistory;
import io.winback.domain.Sale;
import io.winback.log.JsonLog;
import io.winback.tasks.CallTasks;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Ends a customer's running episode as their purchase is applied, whatever its trigger, when the purchase counts for
 * the episode's chain ({@link ConvertingPurchase}: any purchase, or one containing the chain's group), converted or
 * not by the chain's own rule ({@link PurchaseEndsEpisode}), so the campaign report counts the customer who came
 * back at once, not when the episode's next step comes due. The save is conditional on the version read, so a
 * redelivered stream record, or the worker judging the same purchase at the same moment, cannot credit it twice:
 * whoever saves first ends the episode, the other finds it no longer active. The worker's own check before each step
 * stays as the backstop. An episode found ended has its mark cleared from the card ({@link OpenEpisodeMarks}).
 */
final class EpisodesEndedByPurchase {
    private static final JsonLog LOG = JsonLog.forClass(EpisodesEndedByPurchase.class);
    private static final int ATTEMPTS = 10;
    private final Episodes episodes;
    private final Touches touches;
    private final CallTasks tasks;
    private final PurchaseHistory history;
    private final ChainConfigurationStore configurations;
    private final OpenEpisodeMarks marks;
    private final CustomerRefs refs;
    private final Clock clock;

    EpisodesEndedByPurchase(Episodes episodes, Touches touches, CallTasks tasks, PurchaseHistory history,
                            ChainConfigurationStore configurations, OpenEpisodeMarks marks, CustomerRefs refs,
                            Clock clock) {
        this.episodes = episodes;
        this.touches = touches;
        this.tasks = tasks;
        this.history = history;
        this.configurations = configurations;
        this.marks = marks;
        this.refs = refs;
        this.clock = clock;
    }

    /**
     * Ends every active episode of the customer that one of {@code sales} (this batch's) ends, and clears the marks
     * of {@code marked} (the episodes the card marked) that have ended.
     */
    void endBy(String customerKey, Set<String> marked, List<Sale> sales) {
        if (sales.stream().noneMatch(Sale::isPurchase)) {
            return;
        }
        for (Episode episode : episodes.episodesOf(customerKey)) {
            boolean ended = !episode.isActive() || end(customerKey, episode.id(), sales);
            if (ended && marked.contains(episode.id())) {
                marks.close(customerKey, episode.id());
            }
        }
    }

    /** Whether the episode is over once the sales are judged: ended now, found ended, or gone. */
    private boolean end(String customerKey, String episodeId, List<Sale> sales) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Episode> read = episodes.episode(customerKey, episodeId);
            if (read.isEmpty()) {
                return true;
            }
            if (!read.get().isActive()) {
                // Ended since it was listed: by the worker, or by this function on a try whose task closing then
                // failed. Closing its call tasks again is harmless (a closed task stays as it was) and finishes that.
                PurchaseEndsEpisode.closeCallTasks(touches, tasks, refs, read.get(), clock.instant());
                return true;
            }
            Episode episode = read.get();
            Trigger trigger = triggerOf(episode);
            if (sales.stream().noneMatch(sale -> PurchaseEndsEpisode.ends(trigger, episode, sale))) {
                return false;
            }
            // The first purchase since the episode began that counts for its chain, whatever order the receipts
            // arrived in: the customer's history (as the worker reads it), or this batch's when the history index has
            // not caught up yet.
            Instant after = episode.lastPurchaseBefore() != null ? episode.lastPurchaseBefore() : Instant.EPOCH;
            Optional<Sale> first = Stream.concat(
                            history.firstPurchaseAfter(customerKey, after,
                                    sale -> ConvertingPurchase.counts(trigger, sale)).stream(),
                            sales.stream().filter(sale -> PurchaseEndsEpisode.ends(trigger, episode, sale)))
                    .min(Comparator.comparing(sale -> sale.occurredAt().toInstant()));
            List<Touch> touchesOfEpisode = touches.touchesOf(customerKey).stream()
                    .filter(t -> t.episodeId().equals(episodeId)).toList();
            Episode ended = PurchaseEndsEpisode.ended(episode, touchesOfEpisode, first);
            if (episodes.saveIfUnchanged(ended)) {
                PurchaseEndsEpisode.closeCallTasks(touches, tasks, refs, ended, clock.instant());
                LOG.info("episode_ended", "customer", JsonLog.mask(customerKey), "episode", Trigger.Occasion.outward(episodeId),
                        "status", ended.status().wireName(), "reason", ended.endReason(), "holdout", ended.holdout(),
                        "by", "stats");
                return true;
            }
        }
        throw new IllegalStateException("episode kept changing for " + ATTEMPTS + " attempts");
    }

    /**
     * The trigger of the episode's chain, in the configuration version it started under (versions never change, so
     * each is read once per function instance). Stored versions are never deleted; should one be missing all the
     * same, the episode is judged as it was before chains had product groups (any purchase ends it) rather than
     * holding the customer's stream records back for good.
     */
    private Trigger triggerOf(Episode episode) {
        Optional<String> campaign = Trigger.Campaign.campaignOf(episode.id());
        if (campaign.isPresent()) {
            return new Trigger.Campaign(campaign.get()); // a campaign is no chain of the configuration
        }
        Optional<Trigger> trigger = configurations.version(episode.configVersion())
                .flatMap(config -> config.chain(episode.chainId()))
                .map(Chain::trigger);
        if (trigger.isEmpty()) {
            LOG.warn("episode_chain_missing", "customer", JsonLog.mask(episode.customerKey()), "episode", Trigger.Occasion.outward(episode.id()),
                    "chain", episode.chainId(), "configVersion", episode.configVersion());
        }
        return trigger.orElseGet(Trigger.FellAsleep::new);
    }
}

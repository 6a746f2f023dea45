package io.winback.worker;

import io.winback.chain.Episode;
import io.winback.chain.Episodes;

import java.time.Instant;
import java.util.List;

/**
 * Whether a customer is still in an episode of any chain: no trigger starts another while one runs. An episode that
 * a purchase ended, but that no run has closed yet (it is closed lazily, when next due), is closed here first.
 */
final class EpisodesInProgress {
    private final Episodes episodes;
    private final EpisodeSteps steps;

    EpisodesInProgress(Episodes episodes, EpisodeSteps steps) {
        this.episodes = episodes;
        this.steps = steps;
    }

    boolean any(String customerKey, Instant now) {
        List<Episode> active = episodes.episodesOf(customerKey).stream().filter(Episode::isActive).toList();
        active.forEach(episode -> steps.closeIfPurchased(customerKey, episode.id(), now));
        return !active.isEmpty() && episodes.episodesOf(customerKey).stream().anyMatch(Episode::isActive);
    }
}

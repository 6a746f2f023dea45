package io.winback.worker;

import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Episodes;
import io.winback.chain.Holdout;
import io.winback.chain.OpenEpisodeMarks;
import io.winback.domain.Customer;
import io.winback.domain.PurchaseBand;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Starts a customer's episode of a chain, whatever the trigger: under the occasion's id (a retried start finds it),
 * in the holdout or not as the salted hash decides for everyone, keeping the configuration version it started
 * under, its first step due that step's offset after the occasion's day, ended by any purchase after the last one
 * known now. The customer's card is marked as maybe in the episode first ({@link OpenEpisodeMarks}), so no episode
 * runs unmarked and the stats function ends it at once when a purchase reaches its goal.
 */
final class EpisodeStarts {
    private final Episodes episodes;
    private final Holdout holdout;
    private final BonusCapNow bonusCap;
    private final OpenEpisodeMarks marks;

    EpisodeStarts(Episodes episodes, Holdout holdout, BonusCapNow bonusCap, OpenEpisodeMarks marks) {
        this.episodes = episodes;
        this.marks = marks;
        this.holdout = holdout;
        this.bonusCap = bonusCap;
    }

    /** The episode stored, or the one a concurrent start stored first under the same id. */
    Episode start(Customer customer, String episodeId, Chain chain, ChainConfiguration configuration,
                  PurchaseBand band, LocalDate day, Instant now) {
        marks.open(customer, episodeId);
        Episode episode = new Episode(customer.key(), episodeId, chain.id(), configuration.version(), band,
                holdout.contains(customer.key()), now, customer.stats().lastPurchaseAt(), EpisodeStatus.ACTIVE, 0,
                day.plusDays(chain.step(0).offsetDays()), null, null, null, null, 0,
                bonusCap.figuresAtStart(configuration.budget()));
        return episodes.start(episode) ? episode : episodes.episode(customer.key(), episodeId).orElse(episode);
    }
}

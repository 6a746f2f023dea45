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
 * known now. The customer's card is marked as maybe in the episode first ({@link OpenEpisodeMarks}), so the stats
 * function ends it at once when a purchase reaches its goal; a sleeper's start ({@link #unmarked}) leaves the mark
 * to the card's write after the episode, which records the decision too.
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

    /**
     * The episode to start, with the card marked for it, but not stored: {@link EpisodeSteps#startWithFirstStep}
     * stores it once its first step is taken, the start and the step in one write.
     */
    Episode unstored(Customer customer, String episodeId, Chain chain, ChainConfiguration configuration,
                     PurchaseBand band, LocalDate day, Instant now) {
        marks.open(customer, episodeId);
        return episode(customer, episodeId, chain, configuration, band, day, now, holdout);
    }

    /**
     * The episode to start, not stored and with no mark written: for a caller that writes the mark itself, after the
     * episode is stored, in the card's write that records its decision (a sleeper's).
     */
    Episode unmarked(Customer customer, String episodeId, Chain chain, ChainConfiguration configuration,
                     PurchaseBand band, LocalDate day, Instant now) {
        return episode(customer, episodeId, chain, configuration, band, day, now, holdout);
    }

    /** An episode and whether this call stored it (false: it was there already, a retry's or a concurrent start's). */
    record Begun(Episode episode, boolean isNew) {
    }

    /**
     * Starts the episode with {@code heldOutBy} deciding the holdout (a campaign's own share and salt), saying
     * whether it is new, so a campaign counts each customer who entered once however often a page is retried.
     */
    Begun begin(Customer customer, String episodeId, Chain chain, ChainConfiguration configuration,
                PurchaseBand band, LocalDate day, Instant now, Holdout heldOutBy) {
        marks.open(customer, episodeId);
        Episode episode = episode(customer, episodeId, chain, configuration, band, day, now, heldOutBy);
        if (episodes.start(episode)) {
            return new Begun(episode, true);
        }
        return new Begun(episodes.episode(customer.key(), episodeId).orElse(episode), false);
    }

    private Episode episode(Customer customer, String episodeId, Chain chain, ChainConfiguration configuration,
                            PurchaseBand band, LocalDate day, Instant now, Holdout heldOutBy) {
        return new Episode(customer.key(), episodeId, chain.id(), configuration.version(), band,
                heldOutBy.contains(customer.key()), now, customer.stats().lastPurchaseAt(), EpisodeStatus.ACTIVE, 0,
                day.plusDays(chain.step(0).offsetDays()), null, null, null, null, 0,
                bonusCap.figuresAtStart(configuration.budget()));
    }

    /** Whether the customer has the episode already, whatever its state. */
    boolean exists(String customerKey, String episodeId) {
        return episodes.episode(customerKey, episodeId).isPresent();
    }

    /** The deployment's holdout salt, which a campaign's own holdout is salted with too. */
    String salt() {
        return holdout.salt();
    }
}

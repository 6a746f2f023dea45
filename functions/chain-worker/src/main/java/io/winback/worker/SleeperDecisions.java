package io.winback.worker;

import io.winback.chain.CatchUpWindow;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.SegmentMembershipCheck;
import io.winback.chain.Trigger;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStatus;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.SleepDecision;
import io.winback.log.JsonLog;
import io.winback.sleep.SleepRule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Decides one customer's sleep day: start the segment's chain, or not (archived, lost because the day is beyond the
 * catch-up window, already in an episode, no chain for the segment). The episode is started first, under the
 * occasion's id, with its first step taken, and the decision recorded on the customer after, which takes them out of
 * the sleep index: a retry between the two finds the episode and only records the decision.
 */
final class SleeperDecisions {
    private static final JsonLog LOG = JsonLog.forClass(SleeperDecisions.class);
    private final Episodes episodes;
    private final ChainConfigurationStore configurations;
    private final CustomerUpdates customerUpdates;
    private final EpisodeSteps steps;
    private final PurchaseBandPolicy bands;
    private final SleepRule sleep;
    private final CatchUpWindow catchUp;
    private final ZoneId zone;
    private final EpisodeStarts starts;
    private final EpisodesInProgress inProgress;
    private final SegmentMembershipCheck segments;

    SleeperDecisions(Episodes episodes, ChainConfigurationStore configurations, CustomerUpdates customerUpdates,
                     EpisodeSteps steps, EpisodesInProgress inProgress, PurchaseBandPolicy bands, SleepRule sleep,
                     CatchUpWindow catchUp, EpisodeStarts starts, SegmentMembershipCheck segments,
                     ZoneId zone) {
        this.segments = segments;
        this.starts = starts;
        this.inProgress = inProgress;
        this.episodes = episodes;
        this.configurations = configurations;
        this.customerUpdates = customerUpdates;
        this.steps = steps;
        this.bands = bands;
        this.sleep = sleep;
        this.catchUp = catchUp;
        this.zone = zone;
    }

    void decide(String customerKey, LocalDate sleepAt, Instant now) {
        Optional<Customer> read = customerUpdates.find(customerKey);
        if (read.isEmpty()) {
            return;
        }
        LocalDate current = read.get().undecidedSleepAt(bands, sleep);
        if (!sleepAt.equals(current)) {
            // Decided already in this silence, or a purchase moved the sleep day since the check read it (the index
            // is right), or the thresholds or the timing model in force changed since the customer was written: then
            // the index still holds the old day, and writing the customer again puts the one the rule gives now in
            // its place.
            if (current != null) {
                customerUpdates.rewrite(customerKey);
            }
            return;
        }
        Customer customer = read.get();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (sleepAt.isAfter(today)) {
            return;
        }
        Trigger.Occasion occasion = new Trigger.FellAsleep().on(sleepAt);
        String outcome;
        Episode started = null;
        Optional<Episode> existing = episodes.episode(customerKey, occasion.episodeId());
        if (existing.isPresent()) {
            // A retry after the episode was started and before the decision was recorded.
            outcome = SleepDecision.STARTED;
            started = existing.get();
        } else if (customer.status() == CustomerStatus.ARCHIVE) {
            outcome = SleepDecision.ARCHIVED;
        } else if (catchUp.isLost(sleepAt, today)) {
            outcome = SleepDecision.LOST;
        } else if (inProgress.any(customerKey, now)) {
            outcome = SleepDecision.IN_EPISODE;
        } else {
            ChainConfiguration configuration = configurations.current();
            PurchaseBand band = customer.band(bands);
            // A chain of a segment the customer is in wins over their band's (ChainChoice).
            Optional<Chain> chain = band == null ? Optional.empty()
                    : configuration.chainFor(occasion.trigger(), band, segments.of(customer, now));
            if (chain.isEmpty()) {
                outcome = SleepDecision.NO_CHAIN;
            } else {
                // Stored with its first step taken, before the decision is recorded: a retry in between finds
                // neither, decides again and finds the step's touch.
                started = starts.unstored(customer, occasion.episodeId(), chain.get(), configuration, band, sleepAt,
                        now);
                steps.startWithFirstStep(started, now);
                outcome = SleepDecision.STARTED;
            }
        }
        SleepDecision decision = new SleepDecision(sleepAt, outcome);
        customerUpdates.update(customerKey, c -> sleepAt.equals(c.undecidedSleepAt(bands, sleep))
                ? c.withSleepDecision(decision) : null);
        LOG.info("sleeper_decided", "customer", JsonLog.mask(customerKey), "sleepAt", sleepAt.toString(),
                "outcome", outcome, "holdout", started != null && started.holdout());
        if (existing.isPresent()) {
            steps.advance(customerKey, started.id(), now);
        }
    }
}

package io.winback.worker;

import io.winback.bonus.BonusGrant;
import io.winback.chain.CatchUpWindow;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.OpenEpisodeMarks;
import io.winback.chain.SegmentMembershipCheck;
import io.winback.chain.Touch;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides one customer's sleep day: start the segment's chain, or not (archived, lost because the day is beyond the
 * catch-up window, already in an episode, no chain for the segment). The episode is started first, under the
 * occasion's id, with its first step taken, and recorded on the customer after, in one write: the decision (which
 * takes them out of the sleep index), the mark that they may be in the episode ({@link OpenEpisodeMarks}) and the
 * first step's bonus on the ledger (the step's touch is its record in the bonus history). A retry between the two
 * (the queue's, or the next day's check, which still lists the undecided card) finds the episode and only records
 * them, the bonus read back from the step's touch; so does a retry that decides otherwise, finds the card decided or
 * its day moved, or sees the episode ended by a purchase before its step is looked at, for the bonus: a step taken
 * is a bonus owed. A purchase in that moment finds no mark, so it does not end the episode at once: the episode's
 * next step does ({@code StepPlanner} ends an episode whose customer bought since it started), as it does for a
 * purchase made while the first step is being sent, before the episode is stored.
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
            grantLeftBehind(read.get(), new Trigger.FellAsleep().on(sleepAt).episodeId());
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
        boolean running = false;
        // The first step's bonus, put on the ledger in the card's one write below rather than in a write of its own.
        List<BonusGrant> grants = new ArrayList<>();
        Optional<Episode> existing = episodes.episode(customerKey, occasion.episodeId());
        if (existing.isPresent()) {
            // A retry after the episode was started and before the decision was recorded.
            outcome = SleepDecision.STARTED;
            started = existing.get();
            running = started.isActive();
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
                // Stored with its first step taken, before the decision and the mark are recorded: a retry in
                // between finds neither, decides again and finds the step's touch.
                started = starts.unmarked(customer, occasion.episodeId(), chain.get(), configuration, band, sleepAt,
                        now);
                running = steps.startWithFirstStep(started, now, grants::add);
                outcome = SleepDecision.STARTED;
            }
        }
        if (grants.isEmpty()) {
            // No grant from this attempt, though an earlier one may have taken the step and died before the card's
            // write: the episode is stored already, conditions changed since (lost, archived, another episode, no
            // chain), or a purchase ends the episode before its step is looked at again. The bonus the message named still goes on the ledger.
            // A read of the step's touch (and of the episode, when the touch owes a bonus); none when this attempt
            // took the step with its bonus. A first step without a bonus, held out or skipped costs that read.
            steps.firstStepGrant(customerKey, occasion.episodeId()).ifPresent(grants::add);
        }
        SleepDecision decision = new SleepDecision(sleepAt, outcome);
        String mark = running ? occasion.episodeId() : null;
        customerUpdates.update(customerKey, c -> recorded(c, sleepAt, decision, mark, grants));
        LOG.info("sleeper_decided", "customer", JsonLog.mask(customerKey), "sleepAt", sleepAt.toString(),
                "outcome", outcome, "holdout", started != null && started.holdout());
        if (existing.isPresent()) {
            steps.advance(customerKey, started.id(), now);
        }
    }

    /**
     * A retry that finds the card decided, or its sleep day moved (a purchase, a refit), after a worker took the first
     * step and died before the card's write that carries the step's bonus: the bonus goes on the ledger all the same
     * (the customer heard of it). One read of the step's touch; a write only when the ledger lacks the grant.
     */
    private void grantLeftBehind(Customer card, String episodeId) {
        if (card.bonuses().grant(Touch.idOf(episodeId, 0)).isPresent()) {
            return; // the usual duplicate delivery: nothing to read
        }
        steps.firstStepGrant(card.key(), episodeId).ifPresent(grant -> customerUpdates.grant(card.key(), grant));
    }

    /**
     * The card with the decision (when it is still undecided for this day), the episode's mark (when one runs) and
     * the first step's bonus on it; null when it has them already. A purchase that moved the sleep day since leaves
     * the decision out (the new silence is decided in its turn) but not the mark: the episode runs until its next
     * step ends it.
     */
    private Customer recorded(Customer card, LocalDate sleepAt, SleepDecision decision, String mark,
                              List<BonusGrant> grants) {
        Customer next = card;
        for (BonusGrant grant : grants) {
            next = customerUpdates.withGrant(next, grant);
        }
        if (mark != null) {
            next = next.withEpisodeOpened(mark);
        }
        if (sleepAt.equals(card.undecidedSleepAt(bands, sleep))) {
            next = next.withSleepDecision(decision);
        }
        return next.equals(card) ? null : next;
    }
}

package io.winback.worker;

import io.winback.bonus.BonusGrant;
import io.winback.chain.Trigger;
import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.ConversionRule;
import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.OpenEpisodeMarks;
import io.winback.chain.StepDecision;
import io.winback.chain.StepFacts;
import io.winback.chain.StepPlanner;
import io.winback.chain.Touch;
import io.winback.chain.TouchGrant;
import io.winback.chain.TouchStatus;
import io.winback.chain.Touches;
import io.winback.domain.Customer;
import io.winback.log.JsonLog;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Takes an episode's due step: reads the facts ({@link StepFactsReader}), has {@link StepPlanner} decide what the step
 * does, and carries it out. A purchase since the episode began ends it (converted or not, by {@link ConversionRule})
 * and nothing more goes out. A taken step's touch is claimed under a deterministic id (its bonus held to today's cap
 * first), its call task opened once ({@link EpisodeCallTasks}), its message sent at most once ({@link ClaimedTouches}),
 * its bonus granted under the same id ({@link StepBonusGrant}); then the episode moves to the next step. Every write
 * is conditional, so a redelivered work item picks up where the last attempt stopped. An episode that ends has its
 * mark cleared from the customer's card ({@link OpenEpisodeMarks}).
 */
final class EpisodeSteps {
    private static final JsonLog LOG = JsonLog.forClass(EpisodeSteps.class);
    private final Episodes episodes;
    private final Touches touches;
    private final StepFactsReader facts;
    private final StepPlanner planner;
    private final ClaimedTouches claimed;
    private final EpisodeCallTasks callTasks;
    private final StepBonusGrant bonus;
    private final OpenEpisodeMarks marks;
    private final EpisodeChains chains;
    private final Clock clock;

    EpisodeSteps(Episodes episodes, Touches touches, StepFactsReader facts, StepPlanner planner,
                 ClaimedTouches claimed, EpisodeCallTasks callTasks, StepBonusGrant bonus, OpenEpisodeMarks marks,
                 EpisodeChains chains, Clock clock) {
        this.chains = chains;
        this.marks = marks;
        this.episodes = episodes;
        this.touches = touches;
        this.facts = facts;
        this.planner = planner;
        this.claimed = claimed;
        this.callTasks = callTasks;
        this.bonus = bonus;
        this.clock = clock;
    }

    /** Ends the episode if the customer bought since it began, whether or not a step is due. */
    void closeIfPurchased(String customerKey, String episodeId, Instant now) {
        for (int pass = 0; pass < 10; pass++) {
            Optional<Episode> read = episodes.episode(customerKey, episodeId);
            Optional<StepDecision.End> end = facts.endedByPurchase(customerKey, read);
            if (end.isEmpty()) {
                return;
            }
            Episode closed = end.get().applyTo(read.get());
            if (episodes.saveIfUnchanged(closed)) {
                callTasks.closeIfBought(closed);
                marks.close(customerKey, episodeId);
                return;
            }
        }
    }

    /**
     * Stores {@code fresh}, an episode not stored yet, once: after its first step when that step is due now (the start
     * and the step one write, counted whole), as it is otherwise; then takes whatever else is due. Its touch is
     * claimed under the episode's deterministic id before the episode exists, so an attempt that stopped in between
     * finds that touch and stores the episode the next time, sending nothing again. If another attempt stored the
     * episode first, this one goes on from what that stored. Answers false when this call saw the episode end (its
     * first step ended it), true when it may still run (another attempt may have ended it meanwhile: a mark the
     * caller then writes is cleared at the customer's next purchase, at the cost of one read).
     */
    boolean startWithFirstStep(Episode fresh, Instant now) {
        return startWithFirstStep(fresh, now, grantNow());
    }

    /**
     * As {@link #startWithFirstStep(Episode, Instant)}, the first step's bonus, if it owes one, handed to
     * {@code ledgerLater} instead of put on the card's ledger (the step's touch records it either way): for a caller
     * that writes the card right after anyway and puts the grant on it in the same write. A crash before that write
     * leaves the grant to {@link #firstStepGrant}.
     */
    boolean startWithFirstStep(Episode fresh, Instant now, Consumer<BonusGrant> ledgerLater) {
        return startWithFirstStep(fresh, now, (customerKey, grant) -> ledgerLater.accept(grant));
    }

    private boolean startWithFirstStep(Episode fresh, Instant now, Grants grants) {
        Episode toStore = fresh;
        if (planner.isDue(fresh, now, clock.instant())) {
            StepFacts known = facts.read(fresh.customerKey(), fresh, now);
            StepDecision decision = planner.decide(known);
            if (decision instanceof StepDecision.End || !chains.paused(fresh)) {
                Episode next = carryOut(decision, known, grants);
                toStore = next == null ? fresh : next;
            }
        }
        if (episodes.startWithSteps(toStore) && !toStore.isActive()) {
            ended(toStore);
            return false;
        }
        advance(fresh.customerKey(), fresh.id(), now);
        return true;
    }

    /** Takes whatever is due for the episode at {@code now}; does nothing if nothing is. */
    void advance(String customerKey, String episodeId, Instant now) {
        for (int pass = 0; pass < 10; pass++) {
            Optional<Episode> read = episodes.episode(customerKey, episodeId);
            if (read.isEmpty()) {
                return;
            }
            if (!read.get().isActive()) {
                grantOfTheStepItEndedAt(read.get());
                return;
            }
            Episode episode = read.get();
            if (!planner.isDue(episode, now, clock.instant())) {
                return;
            }
            StepFacts known = facts.read(customerKey, episode, now);
            StepDecision decision = planner.decide(known);
            if (!(decision instanceof StepDecision.End) && chains.paused(episode)) {
                // A paused campaign takes no further step; a purchase still ends its episode. The step stays due,
                // and the first check after the campaign is resumed takes it.
                LOG.info("step_paused", "customer", JsonLog.mask(customerKey), "episode",
                        Trigger.Occasion.outward(episodeId));
                return;
            }
            Episode next = carryOut(decision, known, grantNow());
            if (next == null) {
                return;
            }
            if (episodes.saveIfUnchanged(next)) {
                if (!next.isActive()) {
                    ended(next);
                    return;
                }
                continue;
            }
            // Someone else saved the episode in between: read it again and see what is left to do.
        }
    }

    /** An episode that has just ended: its calls closed if a purchase ended it, its mark taken off the card. */
    private void ended(Episode episode) {
        callTasks.closeIfBought(episode);
        marks.close(episode.customerKey(), episode.id());
        LOG.info("episode_ended", "customer", JsonLog.mask(episode.customerKey()), "episode",
                Trigger.Occasion.outward(episode.id()), "status", episode.status().wireName(), "reason",
                episode.endReason(), "holdout", episode.holdout());
    }

    /** The episode after the decision is carried out; null when nothing can be done in this run. */
    private Episode carryOut(StepDecision decision, StepFacts known, Grants grants) {
        Episode episode = known.episode();
        return switch (decision) {
            case StepDecision.NotDue notDue -> null;
            case StepDecision.End end -> {
                grantTakenBefore(known, grants);
                yield end.applyTo(episode);
            }
            case StepDecision.BeingSent beingSent -> null; // its worker records the provider's answer
            case StepDecision.Interrupted interrupted -> {
                if (!touches.advance(interrupted.touch(), TouchStatus.SENDING)) {
                    yield null; // its worker recorded the answer after all: read again
                }
                LOG.warn("touch_outcome_unknown", "customer", JsonLog.mask(customerKey(known)),
                        "touch", Trigger.Occasion.outward(interrupted.touch().id()), "reason", interrupted.touch().reason());
                yield finish(known, interrupted.touch(), grants);
            }
            case StepDecision.AlreadyTaken taken -> finish(known, taken.touch(), grants);
            case StepDecision.Defer defer -> {
                LOG.info("step_deferred", "customer", JsonLog.mask(customerKey(known)),
                        "touch", Trigger.Occasion.outward(Touch.idOf(episode.id(), episode.nextStep())),
                        "reason", defer.reason(), "until", defer.until().toString());
                yield defer.applyTo(episode);
            }
            case StepDecision.Take take -> take(take, known, grants);
        };
    }

    private Episode take(StepDecision.Take take, StepFacts known, Grants grants) {
        Touch touch = take.touch();
        // A new touch is claimed by its first write, in the state it is taken to (final, or sending), rather than
        // claimed and then moved on: one write fewer, the same "whoever writes first takes it".
        boolean claimFirst = take.claimFirst();
        if (claimFirst) {
            touch = bonus.capped(touch);
        }
        Customer customer = known.customer().orElseThrow();
        ChainStep step = known.chain().step(touch.step());
        Touch done = switch (take) {
            case StepDecision.Holdout holdout -> claimed.close(touch, TouchStatus.HOLDOUT, holdout.reason(), claimFirst);
            case StepDecision.Skip skip -> claimed.close(touch, TouchStatus.SKIPPED, skip.reason(), claimFirst);
            case StepDecision.GrantBonusOnly bonusOnly ->
                    claimed.close(touch, TouchStatus.BONUS_ONLY, bonusOnly.reason(), claimFirst);
            case StepDecision.OpenCallTask call -> {
                // The task's id is the touch's: a second worker opening it too opens nothing more.
                callTasks.open(known, step, touch);
                yield claimed.close(touch, TouchStatus.CALL_TASK, null, claimFirst);
            }
            case StepDecision.Send send -> {
                if (send.opensCallTask()) {
                    callTasks.open(known, step, touch);
                }
                yield claimed.send(known.chain().trigger(), step, customer, touch, known.runTime(), claimFirst);
            }
        };
        if (done == null) {
            return null; // another worker claimed it this instant or is sending it; the episode save tells who won
        }
        if (!done.status().isFinal()) {
            // The channel is paused: nothing went out; try again on the next run.
            return planner.pausedWhileSending(known.runTime()).applyTo(known.episode());
        }
        return finish(known, done, grants);
    }

    /**
     * An episode ending (a purchase, mostly) at a step an earlier attempt took, its touch final, before that attempt
     * died short of the grant: the bonus the message named is owed all the same. From the touches the facts hold: no
     * read; nothing when the step was not taken.
     */
    private void grantTakenBefore(StepFacts known, Grants grants) {
        Episode episode = known.episode();
        String touchId = Touch.idOf(episode.id(), episode.nextStep());
        known.touchesOfEpisode().stream().filter(touch -> touch.id().equals(touchId)).findFirst()
                .flatMap(touch -> owedByItsCurrentStep(episode, known.chain(), touch))
                .ifPresent(grant -> grants.give(episode.customerKey(), grant));
    }

    /**
     * An episode found ended (the stats function ended it on a purchase, mostly) at a step an attempt took, its touch
     * final, before that attempt could grant: the bonus its message named is granted now. One read of the touch; the
     * ledger keeps a grant once, so a step granted already costs nothing more.
     */
    private void grantOfTheStepItEndedAt(Episode ended) {
        Optional<Touch> taken = finalTouch(ended.customerKey(), ended.id(), ended.nextStep())
                .filter(touch -> StepPlanner.owesBonus(touch.status()));
        if (taken.isEmpty()) {
            return; // the usual ended episode: its current step was never taken
        }
        owedByItsCurrentStep(ended, chains.chainOf(ended), taken.get())
                .ifPresent(grant -> bonus.grant(ended.customerKey(), grant));
    }

    /** What {@code touch}, of the episode's current step, owes once final; empty past the chain's last step. */
    private Optional<BonusGrant> owedByItsCurrentStep(Episode episode, Chain chain, Touch touch) {
        if (!touch.status().isFinal() || episode.nextStep() >= chain.steps().size()) {
            return Optional.empty();
        }
        return bonus.owed(chain, touch);
    }

    /** A step whose touch is final: its bonus granted if owed, then on to the next step. */
    private Episode finish(StepFacts known, Touch touch, Grants grants) {
        Chain chain = known.chain();
        bonus.owed(chain, touch).ifPresent(grant -> grants.give(customerKey(known), grant));
        return planner.after(known.episode(), chain, touch);
    }

    /**
     * The bonus the first step of the customer's episode {@code episodeId} owes once taken (its touch final): what a
     * caller that took the grant for its own card write ({@link #startWithFirstStep(Episode, Instant, Consumer)})
     * puts on the card when a retry finds that write never came, whether or not the episode was stored (a worker may
     * have died between the step's touch and the episode's write). Named by the episode's chain when it is stored,
     * else as the bonus history names a touch without its episode ({@code TouchGrant}). One read of the touch; the
     * episode is read only when the touch owes a bonus. Empty when the step owes nothing or is not taken yet.
     */
    Optional<BonusGrant> firstStepGrant(String customerKey, String episodeId) {
        Optional<Touch> touch = finalTouch(customerKey, episodeId, 0)
                .filter(taken -> StepPlanner.owesBonus(taken.status()));
        if (touch.isEmpty()) {
            return Optional.empty();
        }
        Optional<Episode> stored = episodes.episode(customerKey, episodeId);
        return stored.isPresent() ? bonus.owed(chains.chainOf(stored.get()), touch.get())
                : TouchGrant.recorded(touch.get(), Trigger.Occasion.outward(episodeId));
    }

    private Optional<Touch> finalTouch(String customerKey, String episodeId, int step) {
        return touches.touch(customerKey, Touch.idOf(episodeId, step)).filter(touch -> touch.status().isFinal());
    }

    /** Where a step's owed bonus goes: on the ledger at once, or handed to the caller's card write. */
    @FunctionalInterface
    private interface Grants {
        void give(String customerKey, BonusGrant grant);
    }

    private Grants grantNow() {
        return bonus::grant;
    }

    private static String customerKey(StepFacts known) {
        return known.customer().orElseThrow().key();
    }
}

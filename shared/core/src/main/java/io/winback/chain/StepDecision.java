package io.winback.chain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an episode's due step does for this customer now, as {@link StepPlanner} decides it from plain facts. The
 * worker carries it out: nothing, end the episode, defer the step, finish a step an earlier attempt took, or take it
 * (claim its touch, then send, open a call task, grant only a bonus, skip, or record the holdout).
 */
public sealed interface StepDecision {

    /** Nothing is due yet: the episode's day has not come, or it waits for a later hour of the day. */
    record NotDue() implements StepDecision {
    }

    /**
     * The episode ends: a purchase since it began ({@code purchase}: converted when a touch is credited, else
     * exited; {@code purchase_outside_window}), the customer is archived ({@code archived}) or gone
     * ({@code customer_gone}), or every step was taken and the last window closed ({@code no_purchase}).
     */
    record End(EpisodeStatus status, String reason, Conversion conversion) implements StepDecision {
        public Episode applyTo(Episode episode) {
            return episode.ended(status, reason, conversion);
        }
    }

    /** Another worker is in the provider call for this step right now: it records the answer; nothing to do. */
    record BeingSent() implements StepDecision {
    }

    /**
     * A worker died between calling the provider and recording its answer: the message may have gone out, so it
     * never goes again. {@code touch} is the step's touch as {@code unknown}; then the step is finished as taken.
     */
    record Interrupted(Touch touch) implements StepDecision {
    }

    /** An earlier attempt took the step ({@code touch} is final): grant what it owes and move on. */
    record AlreadyTaken(Touch touch) implements StepDecision {
    }

    /**
     * Not now: {@code reason} is {@code quiet_hours}, {@code frequency_cap} or {@code channel_paused}; the step is
     * due again on {@code day}, not before {@code until} (null: any time that day). Counted on the episode.
     */
    record Defer(LocalDate day, Instant until, String reason) implements StepDecision {
        public Episode applyTo(Episode episode) {
            return episode.deferred(day, until, reason);
        }
    }

    /**
     * The step is taken now. Its {@code touch} (on the chosen channel, if any) is claimed first when
     * {@code claimFirst} (a claim an earlier attempt made is reused as it is); a new touch carries the step's bonus
     * as configured, which the cap in force holds down before the claim.
     */
    sealed interface Take extends StepDecision {
        Touch touch();

        boolean claimFirst();
    }

    /**
     * Send the step's message on {@code touch.channel()}; when the step also asks for a call and staff have a
     * number to dial, open the call task first. The step's bonus is granted once the message went out (or may have).
     */
    record Send(Touch touch, boolean claimFirst, boolean opensCallTask) implements Take {
        public Channel channel() {
            return touch.channel();
        }
    }

    /** The step only asks staff to call, and there is a number to dial: open the task (and grant the bonus, if any). */
    record OpenCallTask(Touch touch, boolean claimFirst) implements Take {
    }

    /**
     * The step sends nothing and calls nobody, but grants a bonus; {@code reason} is {@code no_phone} when it asked
     * for a call there is no number for.
     */
    record GrantBonusOnly(Touch touch, boolean claimFirst, String reason) implements Take {
    }

    /**
     * Nothing goes out and nothing is granted: no channel can carry the message ({@code no_consent},
     * {@code no_contact}, {@code no_template}: the first channel's reason), a call-only step without a phone
     * ({@code no_phone}), or a step with nothing to do (null).
     */
    record Skip(Touch touch, boolean claimFirst, String reason) implements Take {
    }

    /**
     * The customer is in the holdout: the step is decided exactly as for everyone else (its channel, or why none,
     * in {@code reason}) and recorded, and nothing is sent, opened or granted.
     */
    record Holdout(Touch touch, boolean claimFirst, String reason) implements Take {
    }
}

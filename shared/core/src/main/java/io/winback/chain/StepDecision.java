package io.winback.chain;

import java.time.Instant;

/** What to do with a due step now. */
public sealed interface StepDecision {

    /**
     * Take the step: send on {@code channel} (null when the step sends nothing, or nobody can be reached: then
     * {@code skipReason} says why), grant its bonus, create its call task.
     */
    record Take(Channel channel, String skipReason) implements StepDecision {
    }

    /** Not now: {@code reason} is quiet_hours, frequency_cap or channel_paused; try again from {@code until}. */
    record Defer(Instant until, String reason) implements StepDecision {
    }
}

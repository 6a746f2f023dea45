package io.winback.chain;

import java.time.Instant;

/** What {@link StepRules} say of a due step now: take it (on a channel, or on none and why), or not yet. */
public sealed interface ChannelChoice {

    /**
     * Take the step: send on {@code channel} (null when the step sends nothing, or nobody can be reached: then
     * {@code skipReason} says why).
     */
    record Take(Channel channel, String skipReason) implements ChannelChoice {
    }

    /** Not now: {@code reason} is quiet_hours, frequency_cap or channel_paused; try again from {@code until}. */
    record Defer(Instant until, String reason) implements ChannelChoice {
    }
}

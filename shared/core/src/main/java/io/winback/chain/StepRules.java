package io.winback.chain;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Whether a due step may go now, and on which channel, for one customer, the same way for the holdout as for
 * everyone else: the channel (the first of the step's channels with a contact and consent), then quiet hours, the
 * frequency cap and a paused channel, each of which defers the step rather than dropping it. What the step then
 * does (send, skip, open a call task, grant only a bonus, record the holdout) is {@link StepPlanner}'s to say.
 */
public record StepRules(QuietHours quietHours, FrequencyCap frequencyCap) {
    /** Why a step that only asks for a call does nothing: there is no number for staff to dial. */
    public static final String NO_PHONE = "no_phone";

    public ChannelChoice decide(ChainStep step, Contacts contacts, Instant now, Collection<Instant> earlierTouches,
                                Set<Channel> pausedChannels) {
        if (!step.sendsMessage()) {
            return new ChannelChoice.Take(null, step.call() != null && !contacts.canBeCalled() ? NO_PHONE : null);
        }
        Channel chosen = null;
        String firstReason = null;
        for (Channel channel : step.channels()) {
            String whyNot = step.message(channel, contacts.language()) == null ? "no_template" : contacts.whyNot(channel);
            if (whyNot == null) {
                chosen = channel;
                break;
            }
            firstReason = firstReason == null ? whyNot : firstReason;
        }
        if (chosen == null) {
            return new ChannelChoice.Take(null, firstReason);
        }
        if (pausedChannels.contains(chosen)) {
            return new ChannelChoice.Defer(now.plus(java.time.Duration.ofDays(1)), "channel_paused");
        }
        Instant quietEnd = quietHours.nextAllowed(now);
        if (quietEnd.isAfter(now)) {
            return new ChannelChoice.Defer(quietEnd, "quiet_hours");
        }
        Instant capEnd = frequencyCap.nextAllowed(earlierTouches, now);
        if (capEnd.isAfter(now)) {
            return new ChannelChoice.Defer(capEnd, "frequency_cap");
        }
        return new ChannelChoice.Take(chosen, null);
    }
}

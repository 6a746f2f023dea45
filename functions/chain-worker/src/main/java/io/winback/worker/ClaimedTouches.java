package io.winback.worker;

import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Contacts;
import io.winback.chain.StepPlanner;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.chain.Touches;
import io.winback.chain.Trigger;
import io.winback.consent.Consent;
import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.SaleCustomer;
import io.winback.log.JsonLog;
import io.winback.messages.MessageText;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What becomes of a claimed touch: closed in a final state, or its message sent at most once through
 * {@link TouchSender}, moving on to the next channel the step's rules take when the provider says a channel cannot
 * carry it (the number opted out, the message cannot be built for the address).
 */
final class ClaimedTouches {
    /** Logged under the step's name, as before the send loop had a class of its own: log queries keep matching. */
    private static final JsonLog LOG = JsonLog.forClass(EpisodeSteps.class);
    private final Touches touches;
    private final ConsentLedger consent;
    private final CustomerUpdates customerUpdates;
    private final MessageText texts;
    private final TouchSender sender;
    private final Messengers messengers;
    private final StepPlanner planner;
    private final PausedChannels paused;
    private final Clock clock;

    ClaimedTouches(Touches touches, ConsentLedger consent, CustomerUpdates customerUpdates, MessageText texts,
                   TouchSender sender, Messengers messengers, StepPlanner planner, PausedChannels paused, Clock clock) {
        this.touches = touches;
        this.consent = consent;
        this.customerUpdates = customerUpdates;
        this.texts = texts;
        this.sender = sender;
        this.messengers = messengers;
        this.planner = planner;
        this.paused = paused;
        this.clock = clock;
    }

    /** The claimed touch in its final state {@code status}, for {@code reason}. */
    Touch close(Touch claimed, TouchStatus status, String reason) {
        return close(claimed, status, reason, false);
    }

    /**
     * The touch in its final state {@code status}, for {@code reason}; {@code unclaimed}: not stored yet, so this
     * write claims it, and null when another worker claimed it first.
     */
    Touch close(Touch touch, TouchStatus status, String reason, boolean unclaimed) {
        Touch finished = touch.with(status, null, reason);
        if (unclaimed) {
            return touches.claim(finished) ? finished : null;
        }
        touches.advance(finished, TouchStatus.CLAIMED);
        return finished;
    }

    /**
     * Sends the touch's message and returns the touch in its final state; still {@code claimed} when the channel is
     * paused (nothing sent); null when another worker holds it. {@code unclaimed}: the touch is not stored yet, and
     * is claimed by its move to {@code sending}.
     */
    Touch send(Trigger trigger, ChainStep step, Customer customer, Touch touch, Instant runTime, boolean unclaimed) {
        Customer current = customer;
        Touch sending = touch;
        boolean stored = !unclaimed;
        Set<Channel> refused = EnumSet.noneOf(Channel.class);
        while (true) {
            Contacts contacts = contactsOf(current);
            Channel channel = sending.channel();
            var content = texts.render(trigger, step, channel, contacts, sending);
            var outcome = sender.send(sending, content, contacts.address(channel), contacts.language(),
                    messengers.unsubscribeLink().apply(current.key(), channel), stored);
            stored = true;
            switch (outcome) {
                case TouchSender.Outcome.Done done -> {
                    return done.touch();
                }
                case TouchSender.Outcome.Busy busy -> {
                    return null;
                }
                case TouchSender.Outcome.Paused p -> {
                    paused.pause(runTime, channel);
                    LOG.warn("channel_paused", "channel", channel.wireName(), "reason", p.reason());
                    return p.touch();
                }
                case TouchSender.Outcome.OptedOut optedOut -> {
                    current = withdrawSms(current);
                    // The opted-out channel is not tried again for this touch, whatever the profile says now.
                    refused.add(channel);
                    sending = nextChannel(step, current, refused, optedOut.touch(), runTime);
                    if (sending.channel() == null) {
                        return close(optedOut.touch(), TouchStatus.SKIPPED, "opted_out");
                    }
                }
                case TouchSender.Outcome.NotBuilt notBuilt -> {
                    // As an opt-out: this channel can never carry this message to this address; the next one may.
                    LOG.warn("touch_not_built", "customer", JsonLog.mask(current.key()), "touch", Trigger.Occasion.outward(touch.id()),
                            "channel", channel.wireName(), "reason", notBuilt.reason());
                    refused.add(channel);
                    sending = nextChannel(step, current, refused, notBuilt.touch(), runTime);
                    if (sending.channel() == null) {
                        return close(notBuilt.touch(), TouchStatus.FAILED, channel.wireName() + "_not_built: "
                                + notBuilt.reason());
                    }
                }
            }
        }
    }

    /** The released touch moved to the next channel, claimed again on it; on no channel (null) when none is left. */
    private Touch nextChannel(ChainStep step, Customer customer, Set<Channel> refused, Touch released,
                              Instant runTime) {
        Channel next = planner.nextChannel(step, contactsOf(customer), refused, runTime);
        if (next == null) {
            return released.onChannel(null);
        }
        Touch moved = released.onChannel(next);
        touches.advance(moved, TouchStatus.CLAIMED);
        return moved;
    }

    private Contacts contactsOf(Customer customer) {
        return Contacts.of(customer, messengers.email() != null);
    }

    /** Stamped with the wall clock: the opt-out was learnt now, whatever run the work item belongs to. */
    private Customer withdrawSms(Customer customer) {
        Instant now = clock.instant();
        consent.record(new ConsentChange(customer.key(), Channel.SMS, false, now, "sns_opt_out", null));
        String token = CustomerProfile.asOfToken(now.toEpochMilli(), "sns_opt_out");
        return customerUpdates.update(customer.key(), c -> c.withProfile(c.profile().mergedWith(
                        new SaleCustomer(null, null, null, null, null, null, null, null, new Consent(false, null)),
                        token).withStatedConsent(false, null, now)))
                .orElse(customer);
    }
}

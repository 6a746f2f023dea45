package io.winback.chain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step taken for one customer in one episode. Its id is deterministic (episode and step), so a retried step
 * finds the touch it already claimed; the bonus granted with it carries the same id, so it cannot be granted twice.
 *
 * @param at        when the step was taken (decided, for holdout and skipped touches)
 * @param windowEnd the end of the window in which a purchase converts the episode through this touch
 * @param bonusAmount what the step grants with this touch, under the bonus cap of the moment it was taken (the
 *                  message names this amount, the grant is of this amount); null for a step without bonus
 * @param sendingSince when a worker marked it {@code sending} (wall clock): one that has been sending for longer than
 *                  a worker can live died in the call; a younger one is another worker still at it
 * @param charge    what its message cost, recorded when it went out (or may have); null before, and for touches
 *                  that sent nothing or were recorded before charges were
 */
public record Touch(String customerKey, String episodeId, int step, TouchStatus status, Channel channel,
                    Instant at, BigDecimal bonusAmount, Instant bonusUntil, Instant windowEnd,
                    String providerMessageId, String reason, Instant sendingSince, MessageCharge charge) {

    /** A touch whose message has not gone out: nothing charged yet. */
    public Touch(String customerKey, String episodeId, int step, TouchStatus status, Channel channel, Instant at,
                 BigDecimal bonusAmount, Instant bonusUntil, Instant windowEnd, String providerMessageId,
                 String reason, Instant sendingSince) {
        this(customerKey, episodeId, step, status, channel, at, bonusAmount, bonusUntil, windowEnd, providerMessageId,
                reason, sendingSince, null);
    }

    public static String idOf(String episodeId, int step) {
        return episodeId + "#" + step;
    }

    /** Unique within the customer: the grant and the episode refer to it. */
    public String id() {
        return idOf(episodeId, step);
    }

    /** Unique across customers: what a provider's message, the outbox and logs carry. */
    public String globalId() {
        return customerKey + "/" + id();
    }

    public Touch with(TouchStatus newStatus, String messageId, String newReason) {
        return new Touch(customerKey, episodeId, step, newStatus, channel, at, bonusAmount, bonusUntil, windowEnd,
                messageId, newReason, sendingSince, charge);
    }

    /** This touch with what its message cost. */
    public Touch charged(MessageCharge messageCharge) {
        return new Touch(customerKey, episodeId, step, status, channel, at, bonusAmount, bonusUntil, windowEnd,
                providerMessageId, reason, sendingSince, messageCharge);
    }

    /** This touch marked {@code sending} at {@code since}, right before the provider is called. */
    public Touch sending(Instant since) {
        return new Touch(customerKey, episodeId, step, TouchStatus.SENDING, channel, at, bonusAmount, bonusUntil,
                windowEnd, null, null, since, charge);
    }

    public Touch onChannel(Channel newChannel) {
        return new Touch(customerKey, episodeId, step, status, newChannel, at, bonusAmount, bonusUntil, windowEnd,
                providerMessageId, reason, sendingSince, charge);
    }
}

package io.winback.chain;

import io.winback.domain.CustomerRefs;
import io.winback.messages.MessageContent;
import io.winback.messages.MessageCharge;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step taken for one customer in one episode. Its id is deterministic (episode and step), so a retried step
 * finds the touch it already claimed; the bonus granted with it carries the same id, so it cannot be granted twice.
 *
 * @param at        when the step was taken (decided, for holdout and skipped touches)
 * @param bonusAmount what the step grants with this touch, under the bonus cap of the moment it was taken (the
 *                  message names this amount, the grant is of this amount); null for a step without bonus
 * @param windowEnd the end of the window in which a purchase converts the episode through this touch
 * @param sendingSince when a worker marked it {@code sending} (wall clock): one that has been sending for longer than
 *                  a worker can live died in the call; a younger one is another worker still at it
 * @param message   the text (and an email's subject) as rendered for the customer when it was sent; null before
 *                  sending and for touches that send nothing
 * @param charge    what its message cost, recorded when it went out (or may have); null before, and for touches
 *                  that sent nothing or were recorded before charges were
 */
public record Touch(String customerKey, String episodeId, int step, TouchStatus status, Channel channel,
                    Instant at, BigDecimal bonusAmount, Instant bonusUntil, Instant windowEnd,
                    String providerMessageId, String reason, Instant sendingSince, MessageContent message,
                    MessageCharge charge) {

    /** A touch before anything was sent for it: no message, nothing charged. */
    public Touch(String customerKey, String episodeId, int step, TouchStatus status, Channel channel, Instant at,
                 BigDecimal bonusAmount, Instant bonusUntil, Instant windowEnd, String providerMessageId,
                 String reason, Instant sendingSince) {
        this(customerKey, episodeId, step, status, channel, at, bonusAmount, bonusUntil, windowEnd, providerMessageId,
                reason, sendingSince, null, null);
    }

    public static String idOf(String episodeId, int step) {
        return episodeId + "#" + step;
    }

    /**
     * The touch as the SMS and email providers, the message's header and the gateways' log lines know it: the
     * customer's reference (a keyed hash, never the key) and the touch id without anything personal
     * ({@link Trigger.Occasion#outward}).
     */
    public static String outwardIdOf(CustomerRefs refs, String customerKey, String touchId) {
        return refs.touch(customerKey, Trigger.Occasion.outward(touchId));
    }

    /** Unique within the customer: the grant and the episode refer to it. */
    public String id() {
        return idOf(episodeId, step);
    }

    public Touch with(TouchStatus newStatus, String messageId, String newReason) {
        return new Touch(customerKey, episodeId, step, newStatus, channel, at, bonusAmount, bonusUntil, windowEnd,
                messageId, newReason, sendingSince, message, charge);
    }

    /** This touch with what its message cost. */
    public Touch charged(MessageCharge messageCharge) {
        return new Touch(customerKey, episodeId, step, status, channel, at, bonusAmount, bonusUntil, windowEnd,
                providerMessageId, reason, sendingSince, message, messageCharge);
    }

    /**
     * This touch marked {@code sending} at {@code since}, right before the provider is called, with the message as
     * rendered for the customer: what they got (or may have got) is then on record, for their data export.
     */
    public Touch sending(Instant since, MessageContent sent) {
        return new Touch(customerKey, episodeId, step, TouchStatus.SENDING, channel, at, bonusAmount, bonusUntil,
                windowEnd, null, null, since, sent, charge);
    }

    /** This touch granting {@code amount} (a new touch's bonus held down to the cap in force before it is claimed). */
    public Touch withBonusAmount(BigDecimal amount) {
        return new Touch(customerKey, episodeId, step, status, channel, at, amount, bonusUntil, windowEnd,
                providerMessageId, reason, sendingSince, message, charge);
    }

    public Touch onChannel(Channel newChannel) {
        return new Touch(customerKey, episodeId, step, status, newChannel, at, bonusAmount, bonusUntil, windowEnd,
                providerMessageId, reason, sendingSince, message, charge);
    }

    /** The same touch kept under another customer key (an erased customer's pseudonym), every other field as it is. */
    public Touch forCustomer(String newCustomerKey) {
        return new Touch(newCustomerKey, episodeId, step, status, channel, at, bonusAmount, bonusUntil, windowEnd,
                providerMessageId, reason, sendingSince, message, charge);
    }

    /** Without what identifies the message sent: its text and subject, and the provider's id for it. */
    public Touch withoutMessage() {
        return new Touch(customerKey, episodeId, step, status, channel, at, bonusAmount, bonusUntil, windowEnd,
                null, reason, sendingSince, null, charge);
    }
}

package io.winback.worker;

import io.winback.chain.Trigger;
import io.winback.chain.Channel;
import io.winback.messages.MessageCharge;
import io.winback.messages.MessageContent;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.chain.Touches;
import io.winback.log.JsonLog;
import io.winback.messages.EmailMessage;
import io.winback.messages.SendResult;
import io.winback.report.reactivation.MessagePrices;
import io.winback.retry.Backoff;

import java.time.Clock;

/**
 * Sends a claimed touch's message at most once. The touch is moved to {@code sending} (conditionally: only one
 * worker gets past that) right before the provider is called, and to its final state right after. A worker that
 * dies in between leaves it {@code sending}, which the next attempt turns into {@code unknown}: maybe sent, never
 * sent again. Only answers that prove nothing went out (throttling) are retried, here with backoff and then by the
 * queue; such a touch goes back to {@code claimed}.
 */
final class TouchSender {
    private static final JsonLog LOG = JsonLog.forClass(TouchSender.class);
    static final int THROTTLE_ATTEMPTS = 3;
    private final Touches touches;
    private final Messengers messengers;
    private final SendPacer pacer;
    private final Clock clock;
    private final MessagePrices prices;

    TouchSender(Touches touches, Messengers messengers, SendPacer pacer, Clock clock, MessagePrices prices) {
        this.prices = prices;
        this.touches = touches;
        this.messengers = messengers;
        this.pacer = pacer;
        this.clock = clock;
    }

    /** How a send ended. {@code touch}: as stored now. */
    sealed interface Outcome {
        Touch touch();

        /** In a final state: sent, failed or unknown. */
        record Done(Touch touch) implements Outcome {
        }

        /** Nothing sent, touch back in {@code claimed}: the number opted out with the provider. */
        record OptedOut(Touch touch) implements Outcome {
        }

        /**
         * Nothing sent, touch back in {@code claimed}: the message cannot be built for this address on this channel
         * (an email address only SMTPUTF8 could carry); another channel may take it.
         */
        record NotBuilt(Touch touch, String reason) implements Outcome {
        }

        /** Nothing sent, touch back in {@code claimed}: the channel is paused for now. */
        record Paused(Touch touch, String reason) implements Outcome {
        }

        /** Another worker holds this touch. */
        record Busy(Touch touch) implements Outcome {
        }
    }

    /** Thrown when the provider kept throttling: nothing was sent, the touch is claimed again, retry later. */
    static final class StillThrottled extends RuntimeException {
        StillThrottled(String reason) {
            super("provider kept throttling: " + reason);
        }
    }

    /** {@code stored}: the touch is stored as {@code claimed}; false: not stored yet, claimed by this move. */
    Outcome send(Touch claimed, MessageContent content, String address, String language, String unsubscribeUrl,
                 boolean stored) {
        Touch sending = claimed.sending(clock.instant(), content);
        if (!(stored ? touches.advance(sending, TouchStatus.CLAIMED) : touches.claim(sending))) {
            return new Outcome.Busy(claimed);
        }
        for (int attempt = 1; ; attempt++) {
            pacer.awaitTurn();
            SendResult result;
            try {
                result = claimed.channel() == Channel.SMS
                        ? messengers.sms().send(address, content.body(), messengers.outwardId(claimed))
                        : messengers.email().send(new EmailMessage(address, content.subject(), content.body(),
                        unsubscribeUrl, language, messengers.outwardId(claimed)));
            } catch (RuntimeException e) {
                // A gateway should classify everything; whatever escapes may have gone out.
                result = new SendResult.Unknown(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            switch (result) {
                case SendResult.Sent sent -> {
                    return finish(charged(sending, content), TouchStatus.SENT, sent.providerMessageId(), null);
                }
                case SendResult.NotSent notSent when notSent.retryable() -> {
                    if (attempt >= THROTTLE_ATTEMPTS) {
                        release(sending);
                        throw new StillThrottled(notSent.reason());
                    }
                    Backoff.pause(attempt, 200, "waiting out provider throttling");
                }
                case SendResult.NotSent notSent -> {
                    return finish(sending, TouchStatus.FAILED, null, notSent.reason());
                }
                case SendResult.OptedOut optedOut -> {
                    return new Outcome.OptedOut(release(sending));
                }
                case SendResult.NotBuilt notBuilt -> {
                    return new Outcome.NotBuilt(release(sending), notBuilt.reason());
                }
                case SendResult.ChannelPaused paused -> {
                    return new Outcome.Paused(release(sending), paused.reason());
                }
                case SendResult.Unknown unknown -> {
                    LOG.warn("touch_outcome_unknown", "customer", JsonLog.mask(claimed.customerKey()),
                            "touch", Trigger.Occasion.outward(claimed.id()), "reason", unknown.reason());
                    return finish(charged(sending, content), TouchStatus.UNKNOWN, null, unknown.reason());
                }
            }
        }
    }

    /** A message that went out, or may have, is paid for: its parts at today's price, recorded on the touch. */
    private Touch charged(Touch sending, MessageContent content) {
        return sending.charged(MessageCharge.of(sending.channel(), content, prices.sms(), prices.email()));
    }

    private Outcome finish(Touch sending, TouchStatus status, String messageId, String reason) {
        Touch done = sending.with(status, messageId, reason);
        touches.advance(done, TouchStatus.SENDING);
        return new Outcome.Done(done);
    }

    /** Nothing went out: back to claimed, without the text it would have carried (the export shows what was sent). */
    private Touch release(Touch sending) {
        Touch claimed = new Touch(sending.customerKey(), sending.episodeId(), sending.step(), TouchStatus.CLAIMED,
                sending.channel(), sending.at(), sending.bonusAmount(), sending.bonusUntil(), sending.windowEnd(),
                null, null, sending.sendingSince(), null, null);
        touches.advance(claimed, TouchStatus.SENDING);
        return claimed;
    }
}

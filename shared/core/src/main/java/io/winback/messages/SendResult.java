package io.winback.messages;

/**
 * What a provider said to one send. Only {@link Sent} and {@link NotSent} are certain; anything else that could
 * mean the message went out is {@link Unknown}, and such a touch is never sent again automatically.
 */
public sealed interface SendResult {

    /** Accepted by the provider, under its message id. */
    record Sent(String providerMessageId) implements SendResult {
    }

    /**
     * Refused in a way that proves nothing went out. {@code retryable}: throttling, worth another try after a pause;
     * otherwise permanent (a bad address, a rejected message).
     */
    record NotSent(String reason, boolean retryable) implements SendResult {
    }

    /**
     * The message cannot be made for this address (an email address whose local part is not ASCII, a header that
     * cannot be written): nothing sent, and this channel never will for this address; another channel may.
     */
    record NotBuilt(String reason) implements SendResult {
    }

    /** The number has opted out of SMS with the provider: nothing sent, and SMS consent is withdrawn. */
    record OptedOut() implements SendResult {
    }

    /** The channel cannot send at all for now (SES sending paused, account suspended): defer, do not drop. */
    record ChannelPaused(String reason) implements SendResult {
    }

    /** Timeout, 5xx, a dropped connection: it may have gone out. */
    record Unknown(String reason) implements SendResult {
    }
}

package io.winback.messages;

/** Sends SMS (SNS in AWS, the outbox locally). Implementations must not retry a send on their own. */
public interface SmsGateway {

    /** Checks the provider's opt-out list first; {@code touchId} is kept with the message where the provider allows. */
    SendResult send(String phoneE164, String text, String touchId);
}

package io.winback.messages;

/** Sends email (SES v2 in AWS, the outbox locally). Implementations must not retry a send on their own. */
public interface EmailGateway {

    SendResult send(EmailMessage message);
}

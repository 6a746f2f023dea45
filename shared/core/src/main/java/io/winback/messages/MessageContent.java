package io.winback.messages;

/** One message of a step in one language: an SMS has only a body; an email has a subject too. */
public record MessageContent(String subject, String body) {

    public static MessageContent sms(String body) {
        return new MessageContent(null, body);
    }
}

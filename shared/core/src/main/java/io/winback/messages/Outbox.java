package io.winback.messages;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stands in for SNS and SES where nothing may really be sent (the local runner, tests): every message is kept,
 * with the headers an email would carry, and "sent" under a message id of its own. {@code answer} lets a test make
 * the provider throttle, fail or time out for chosen messages. Built {@link #forwardingTo} real gateways (the local
 * runner on an emulator), it passes each message on and keeps those the provider accepted, under its message id.
 */
public final class Outbox implements SmsGateway, EmailGateway {

    /**
     * One message as it would have left: channel, address, text, subject and headers (email), touch id, time, and
     * for an email the raw MIME exactly as SES would have been given it.
     */
    public record Message(String id, String channel, String to, String text, String subject,
                          Map<String, String> headers, String touchId, Instant at, String mime) {
    }

    /** The sender of a stand-in outbox built without one: what the local runner uses unless EMAIL_FROM says. */
    public static final String LOCAL_FROM = "shop@winback.local";

    private final Clock clock;
    private final String emailFrom;
    private final SmsGateway smsProvider;
    private final EmailGateway emailProvider;
    private final List<Message> sent = new ArrayList<>();
    private volatile Function<String, SendResult> answer = touchId -> null;

    public Outbox(Clock clock) {
        this(clock, LOCAL_FROM, null, null);
    }

    /** @param emailFrom the sender address emails are built with, as SES would be given it */
    public Outbox(Clock clock, String emailFrom) {
        this(clock, emailFrom, null, null);
    }

    private Outbox(Clock clock, String emailFrom, SmsGateway smsProvider, EmailGateway emailProvider) {
        this.clock = clock;
        this.emailFrom = emailFrom == null ? LOCAL_FROM : emailFrom;
        this.smsProvider = smsProvider;
        this.emailProvider = emailProvider;
    }

    /** An outbox that sends through {@code sms} and {@code email} (null: that channel only kept here). */
    public static Outbox forwardingTo(Clock clock, String emailFrom, SmsGateway sms, EmailGateway email) {
        return new Outbox(clock, emailFrom, sms, email);
    }

    /** What the provider answers for a touch id instead of accepting it; null from the function: accept. */
    public void answerWith(Function<String, SendResult> provider) {
        this.answer = provider;
    }

    @Override
    public synchronized SendResult send(String phoneE164, String text, String touchId) {
        SendResult instead = answer.apply(touchId);
        if (instead != null) {
            return instead;
        }
        if (smsProvider != null) {
            SendResult result = smsProvider.send(phoneE164, text, touchId);
            if (result instanceof SendResult.Sent provider) {
                sent.add(new Message(provider.providerMessageId(), "sms", phoneE164, text, null, Map.of(), touchId,
                        clock.instant(), null));
            }
            return result;
        }
        return keep(new Message(nextId(), "sms", phoneE164, text, null, Map.of(), touchId, clock.instant(), null));
    }

    @Override
    public synchronized SendResult send(EmailMessage message) {
        SendResult instead = answer.apply(message.touchId());
        if (instead != null) {
            return instead;
        }
        // Built as SES is given it, so what cannot go out on AWS does not go out here either.
        String mime;
        try {
            mime = new String(RawMime.of(emailFrom, message, ZonedDateTime.now(clock)), StandardCharsets.US_ASCII);
        } catch (RawMime.NotBuilt e) {
            return new SendResult.NotBuilt(e.getMessage());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("List-Unsubscribe", "List-Unsubscribe-Post", RawMime.TOUCH_HEADER)) {
            headers.put(name, headerOf(mime, name));
        }
        if (emailProvider != null) {
            SendResult result = emailProvider.send(message);
            if (result instanceof SendResult.Sent provider) {
                sent.add(new Message(provider.providerMessageId(), "email", message.to(), message.textBody(),
                        message.subject(), headers, message.touchId(), clock.instant(), mime));
            }
            return result;
        }
        return keep(new Message(nextId(), "email", message.to(), message.textBody(), message.subject(), headers,
                message.touchId(), clock.instant(), mime));
    }

    /** A header's value as written in the MIME, unfolded. */
    private static String headerOf(String mime, String name) {
        String headers = mime.substring(0, mime.indexOf("\r\n\r\n")).replaceAll("\r\n[ \t]+", " ");
        for (String line : headers.split("\r\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        return null;
    }

    public synchronized List<Message> messages() {
        return List.copyOf(sent);
    }

    /**
     * Blanks the address, text, subject and headers of the messages sent under these touch ids (an erased customer's),
     * keeping channel, time and id; returns how many it blanked now.
     */
    public synchronized int scrub(java.util.Set<String> touchIds) {
        int scrubbed = 0;
        for (int i = 0; i < sent.size(); i++) {
            Message m = sent.get(i);
            if (m.touchId() != null && touchIds.contains(m.touchId())) {
                sent.set(i, new Message(m.id(), m.channel(), null, null, null, Map.of(), null, m.at(), null));
                scrubbed++;
            }
        }
        return scrubbed;
    }

    public synchronized void clear() {
        sent.clear();
    }

    private String nextId() {
        return "outbox-" + (sent.size() + 1);
    }

    private SendResult keep(Message message) {
        sent.add(message);
        return new SendResult.Sent(message.id());
    }
}

package io.winback.messaging;

import io.winback.time.WallClock;
import io.winback.log.JsonLog;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Email through SES v2 {@code SendEmail}, as a raw MIME message built here: SES's simple content has no place for
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}, without which Gmail and Yahoo bulk-sender rules
 * (and RFC 8058 one-click unsubscribe) are not met, nor for the {@code X-Winback-Touch} header that bounce and
 * complaint notifications carry back.
 *
 * <p>One attempt per send (see {@link MessagingClients}); what a failure means is decided here, what to do about it
 * by the caller.
 */
public final class SesEmailGateway implements EmailGateway {
    private static final JsonLog LOG = JsonLog.forClass(SesEmailGateway.class);

    private final SesV2Client ses;
    private final String from;

    /** {@code from}: a verified SES identity, as an address ({@code shop@example.com}) in ASCII. */
    public SesEmailGateway(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public SendResult send(EmailMessage message) {
        String to = JsonLog.mask(message.to());
        byte[] mime;
        try {
            mime = RawMime.of(from, message, ZonedDateTime.now(WallClock.utc()));
        } catch (IllegalArgumentException e) {
            LOG.warn("email_not_built", "touchId", message.touchId(), "to", to, "reason", e.getMessage());
            return new SendResult.NotSent(e.getMessage(), false);
        }
        try {
            String messageId = ses.sendEmail(r -> r.fromEmailAddress(from)
                    .content(c -> c.raw(raw -> raw.data(SdkBytes.fromByteArray(mime))))).messageId();
            LOG.info("email_sent", "touchId", message.touchId(), "to", to, "messageId", messageId);
            return new SendResult.Sent(messageId);
        } catch (RuntimeException e) {
            SendResult result = classify(e);
            LOG.warn("email_not_confirmed", "touchId", message.touchId(), "to", to, "result", result.toString());
            return result;
        }
    }

    /** What a failed {@code SendEmail} means for the touch. */
    static SendResult classify(RuntimeException e) {
        if (e instanceof AwsServiceException service) {
            String reason = reason(service);
            if (service instanceof SendingPausedException || service instanceof AccountSuspendedException) {
                return new SendResult.ChannelPaused(reason);
            }
            if (service instanceof TooManyRequestsException || service instanceof LimitExceededException
                    || service.isThrottlingException()) {
                return new SendResult.NotSent(reason, true);
            }
            if (service instanceof MessageRejectedException || service instanceof MailFromDomainNotVerifiedException
                    || service instanceof BadRequestException || service instanceof NotFoundException) {
                return new SendResult.NotSent(reason, false);
            }
            int status = service.statusCode();
            if (status >= 400 && status < 500) {
                // Any other 4xx (no permission, a bad signature) is SES refusing the request: nothing went out.
                return new SendResult.NotSent(reason, false);
            }
            return new SendResult.Unknown(reason); // a 5xx may come after SES queued the message
        }
        if (e instanceof SdkClientException) {
            return new SendResult.Unknown("no answer from SES: " + e.getMessage()); // timeout, dropped connection
        }
        return new SendResult.Unknown(e.getClass().getSimpleName());
    }

    /** Status and error code only: SES messages may quote the address, which no log may hold. */
    private static String reason(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return "SES " + e.statusCode() + " " + (code == null ? e.getClass().getSimpleName() : code);
    }

    /** One text/plain message in UTF-8, headers in ASCII (RFC 5322, RFC 2045-2047), lines ending in CRLF. */
    static final class RawMime {
        private static final String CRLF = "\r\n";
        /** 39 bytes make 52 base64 characters: with "=?UTF-8?B?" and "?=", a 64-character encoded word. */
        private static final int ENCODED_WORD_BYTES = 39;

        private RawMime() {
        }

        static byte[] of(String from, EmailMessage message, ZonedDateTime date) {
            String url = message.unsubscribeUrl();
            StringBuilder mime = new StringBuilder();
            header(mime, "From", address(from, "from"));
            header(mime, "To", address(message.to(), "to"));
            header(mime, "Subject", encodedWords(message.subject() == null ? "" : message.subject()));
            header(mime, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(date));
            header(mime, "MIME-Version", "1.0");
            header(mime, "Content-Type", "text/plain; charset=UTF-8");
            header(mime, "Content-Transfer-Encoding", "base64");
            header(mime, "List-Unsubscribe", "<" + url(url) + ">");
            header(mime, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            header(mime, "X-Winback-Touch", ascii(message.touchId(), "touch id"));
            mime.append(CRLF);
            String body = (message.textBody() == null ? "" : message.textBody()).replaceAll("\r?\n", CRLF)
                    + CRLF + CRLF + "-- " + CRLF + footer(message.language(), url) + CRLF;
            mime.append(Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(body.getBytes(StandardCharsets.UTF_8))).append(CRLF);
            return mime.toString().getBytes(StandardCharsets.US_ASCII);
        }

        /** The unsubscribe line in the message's language; English for any language without one. */
        static String footer(String language, String url) {
            if (language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("ru")) {
                return "Отписаться от рассылки: " + url;
            }
            return "Unsubscribe: " + url;
        }

        /** RFC 2047 B-encoded words, folded one per line, never splitting a character's UTF-8 bytes. */
        static String encodedWords(String text) {
            StringBuilder words = new StringBuilder();
            StringBuilder chunk = new StringBuilder();
            int chunkBytes = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                String character = new String(Character.toChars(codePoint));
                int bytes = character.getBytes(StandardCharsets.UTF_8).length;
                if (chunkBytes + bytes > ENCODED_WORD_BYTES) {
                    appendWord(words, chunk.toString());
                    chunk.setLength(0);
                    chunkBytes = 0;
                }
                chunk.append(character);
                chunkBytes += bytes;
                i += Character.charCount(codePoint);
            }
            appendWord(words, chunk.toString());
            return words.toString();
        }

        private static void appendWord(StringBuilder words, String chunk) {
            if (!words.isEmpty()) {
                words.append(CRLF).append(' ');
            }
            words.append("=?UTF-8?B?")
                    .append(Base64.getEncoder().encodeToString(chunk.getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
        }

        private static void header(StringBuilder mime, String name, String value) {
            mime.append(name).append(": ").append(value).append(CRLF);
        }

        /** Addresses go in as given; non-ASCII ones would need SMTPUTF8, which this message does not declare. */
        private static String address(String address, String what) {
            String value = ascii(address, what);
            if (value.indexOf('@') < 1 || value.indexOf(',') >= 0) {
                throw new IllegalArgumentException(what + " is not one email address");
            }
            return value;
        }

        /** An https or http URL that cannot close the angle brackets around it. */
        private static String url(String url) {
            String value = ascii(url, "unsubscribe url");
            if (!value.startsWith("https://") && !value.startsWith("http://")
                    || value.indexOf(' ') >= 0 || value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
                throw new IllegalArgumentException("unsubscribe url is not one http(s) URL");
            }
            return value;
        }

        /** Printable ASCII only: a CR or LF here would let a value write headers of its own. */
        private static String ascii(String value, String what) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(what + " is missing");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    throw new IllegalArgumentException(what + " must be printable ASCII");
                }
            }
            return value;
        }
    }
}

package io.winback.messages;

import io.winback.domain.EmailAddress;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * One email as it leaves Winback: a text/plain message in UTF-8, headers in ASCII (RFC 5322, RFC 2045-2047), lines
 * ending in CRLF. SES sends it as built here, and the local outbox builds it here too, so a message that cannot be
 * built fails the same way on a laptop as on AWS.
 *
 * <p>Addresses: an internationalised domain goes in as punycode (RFC 5890, {@code пример.рф} as
 * {@code xn--e1afmkfd.xn--p1ai}); a local part that is not ASCII needs SMTPUTF8 (RFC 6531), which SES does not
 * offer, so such an address is {@link NotBuilt}. The touch id header is sent as is when it is a plain ASCII token,
 * RFC 2047-encoded otherwise: whatever an id holds, the header is ASCII.
 */
public final class RawMime {
    public static final String TOUCH_HEADER = "X-Winback-Touch";
    private static final String CRLF = "\r\n";
    /** 39 bytes make 52 base64 characters: with "=?UTF-8?B?" and "?=", a 64-character encoded word. */
    private static final int ENCODED_WORD_BYTES = 39;

    private RawMime() {
    }

    /** The message cannot be built for this address or content: nothing can be sent, now or on a retry. */
    public static final class NotBuilt extends IllegalArgumentException {
        NotBuilt(String reason) {
            super(reason);
        }
    }

    public static byte[] of(String from, EmailMessage message, ZonedDateTime date) {
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
        header(mime, TOUCH_HEADER, token(message.touchId(), "touch id"));
        mime.append(CRLF);
        String body = (message.textBody() == null ? "" : message.textBody()).replaceAll("\r?\n", CRLF)
                + CRLF + CRLF + "-- " + CRLF + footer(message.language(), url) + CRLF;
        mime.append(Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII))
                .encodeToString(body.getBytes(StandardCharsets.UTF_8))).append(CRLF);
        return mime.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The address as it goes on the wire (see {@link EmailAddress}), or {@link NotBuilt} saying why not. */
    static String address(String address, String what) {
        try {
            return EmailAddress.onTheWire(address);
        } catch (IllegalArgumentException e) {
            throw new NotBuilt(what + " " + e.getMessage());
        }
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

    /**
     * An id as a header value: as is when it is printable ASCII without white space and cannot be read as an encoded
     * word; otherwise RFC 2047-encoded, so a mail client (and whoever reads a bounce) decodes it back to the id.
     */
    static String token(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new NotBuilt(what + " is missing");
        }
        boolean plain = isPrintableAscii(value) && value.indexOf(' ') < 0 && !value.contains("=?");
        return plain ? value : encodedWords(value);
    }

    /** An https or http URL that cannot close the angle brackets around it. */
    private static String url(String url) {
        String value = printableAscii(url, "unsubscribe url");
        if (!value.startsWith("https://") && !value.startsWith("http://")
                || value.indexOf(' ') >= 0 || value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            throw new NotBuilt("unsubscribe url is not one http(s) URL");
        }
        return value;
    }

    /** Printable ASCII only: a CR or LF here would let a value write headers of its own. */
    private static String printableAscii(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new NotBuilt(what + " is missing");
        }
        if (!isPrintableAscii(value)) {
            throw new NotBuilt(what + " must be printable ASCII");
        }
        return value;
    }

    private static boolean isPrintableAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}

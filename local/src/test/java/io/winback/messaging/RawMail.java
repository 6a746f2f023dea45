package io.winback.messaging;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw single-part email the way a mail client would, written apart from the gateway's encoder so that a
 * mistake there shows here: unfolds headers, decodes RFC 2047 encoded words (B and Q) and a base64 or
 * quoted-printable body.
 */
record RawMail(Map<String, String> headers, String body) {
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");

    static RawMail parse(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        if (split < 0) {
            throw new AssertionError("no blank line between headers and body (CRLF line ends expected)");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String unfolded = raw.substring(0, split).replaceAll("\r\n[ \t]+", " ");
        for (String line : unfolded.split("\r\n")) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        String encoded = raw.substring(split + 4);
        String encoding = headers.getOrDefault("content-transfer-encoding", "7bit").toLowerCase(Locale.ROOT);
        Charset charset = charset(headers.getOrDefault("content-type", ""));
        String body = switch (encoding) {
            case "base64" -> new String(Base64.getMimeDecoder().decode(encoded), charset);
            case "quoted-printable" -> new String(quotedPrintable(encoded.replace("=\r\n", "")), charset);
            default -> encoded;
        };
        return new RawMail(headers, body);
    }

    /** A header's value as shown to the reader, encoded words decoded. */
    String header(String name) {
        String value = headers.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            return null;
        }
        // Whitespace between two adjacent encoded words is not part of the text (RFC 2047, section 6.2).
        value = value.replaceAll("\\?=\\s+=\\?", "?==?");
        Matcher word = ENCODED_WORD.matcher(value);
        StringBuilder decoded = new StringBuilder();
        while (word.find()) {
            Charset charset = Charset.forName(word.group(1));
            byte[] bytes = word.group(2).equalsIgnoreCase("B")
                    ? Base64.getDecoder().decode(word.group(3))
                    : quotedPrintable(word.group(3).replace('_', ' '));
            word.appendReplacement(decoded, Matcher.quoteReplacement(new String(bytes, charset)));
        }
        word.appendTail(decoded);
        return decoded.toString();
    }

    private static Charset charset(String contentType) {
        Matcher m = Pattern.compile("charset=\"?([^\";]+)").matcher(contentType);
        return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.US_ASCII;
    }

    private static byte[] quotedPrintable(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length()) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}

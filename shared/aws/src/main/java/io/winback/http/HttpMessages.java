package io.winback.http;

import io.winback.validation.FieldError;
import io.winback.validation.Validated;

import io.winback.json.Json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Base64;
import java.util.Map;

/** What every HTTP-facing handler needs from an API Gateway request, independent of the event classes. */
public final class HttpMessages {
    private HttpMessages() {
    }

    /** A header by name, whatever its case: HTTP API lower-cases names, other callers may not. */
    public static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * A request's cookies by name (the first of a name wins): API Gateway's HTTP API hands them over as a list, other
     * callers in a {@code Cookie} header.
     */
    public static Map<String, String> cookies(List<String> list, Map<String, String> headers) {
        List<String> sent = list;
        if (sent == null) {
            String header = header(headers, "cookie");
            sent = header == null ? List.of() : List.of(header.split(";"));
        }
        Map<String, String> cookies = new java.util.HashMap<>();
        for (String cookie : sent) {
            int equals = cookie.indexOf('=');
            if (equals > 0) {
                cookies.putIfAbsent(cookie.substring(0, equals).strip(), cookie.substring(equals + 1).strip());
            }
        }
        return cookies;
    }

    /** The body of every error answer: {@code {"errors":[{"index":0,"field":"...","message":"..."}]}}. */
    public static String errorsBody(List<FieldError> errors) {
        List<Map<String, Object>> list = new ArrayList<>(errors.size());
        for (FieldError error : errors) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (error.index() != null) {
                entry.put("index", error.index());
            }
            entry.put("field", error.field());
            entry.put("message", error.message());
            list.add(entry);
        }
        return Json.write(Map.of("errors", list));
    }

    /** The raw bytes of a body: HTTP API hands binary or non-text bodies over base64-encoded. */
    public static byte[] bodyBytes(String body, boolean base64Encoded) {
        if (body == null) {
            return new byte[0];
        }
        return base64Encoded ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The bytes as text when they are well-formed UTF-8, else the refusal naming the first byte that is not: a body
     * decoded leniently would be stored with replacement characters where the customer's name was.
     */
    public static Validated<String> utf8Text(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return Validated.invalid("body", "must be UTF-8 text; byte " + in.position()
                    + " is not part of a UTF-8 character (send the body encoded as UTF-8, as its content-type says)");
        }
        return new Validated.Valid<>(out.flip().toString());
    }
}

package io.winback.http;

import java.nio.charset.StandardCharsets;
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

    /** The raw bytes of a body: HTTP API hands binary or non-text bodies over base64-encoded. */
    public static byte[] bodyBytes(String body, boolean base64Encoded) {
        if (body == null) {
            return new byte[0];
        }
        return base64Encoded ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }
}

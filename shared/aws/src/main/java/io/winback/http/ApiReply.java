package io.winback.http;

import io.winback.validation.FieldError;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.json.Json;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer of an API function: status, body and any extra headers. The body is JSON unless the headers name
 * another content type (the unsubscribe link's pages are HTML, a download may be a workbook). Errors share every
 * Winback API's shape.
 *
 * @param base64Encoded the body is bytes (a workbook) written in base64, as API Gateway takes a binary body: it
 *                      decodes them and sends the bytes, never text
 */
public record ApiReply(int status, String body, Map<String, String> headers, boolean base64Encoded) {
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    /**
     * A page for a customer's browser: nothing cached (a proxy must not keep one customer's page), nothing loaded
     * from elsewhere, the form posting only back here, no framing, no link's token leaking in a Referer, and no
     * search engine keeping it.
     */
    private static final Map<String, String> HTML_HEADERS = htmlHeaders(
            "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    /** The same for a page that styles itself inline (the dashboard), still loading nothing from anywhere. */
    private static final Map<String, String> STYLED_HTML_HEADERS = htmlHeaders(
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");

    private static Map<String, String> htmlHeaders(String contentSecurityPolicy) {
        return Map.of(
                "content-type", HTML,
                "cache-control", "no-store",
                "content-security-policy", contentSecurityPolicy,
                "x-content-type-options", "nosniff",
                "referrer-policy", "no-referrer",
                "x-robots-tag", "noindex");
    }

    public ApiReply {
        headers = Map.copyOf(headers);
    }

    /** A text body: JSON, HTML or CSV. */
    public ApiReply(int status, String body, Map<String, String> headers) {
        this(status, body, headers, false);
    }

    /** A body of bytes (a workbook, a zip): sent base64-encoded, as API Gateway's binary responses are. */
    public static ApiReply binary(int status, byte[] body, Map<String, String> headers) {
        return new ApiReply(status, Base64.getEncoder().encodeToString(body), headers, true);
    }

    public static ApiReply ok(Object body) {
        return new ApiReply(200, Json.write(body), Map.of());
    }

    public static ApiReply html(int status, String page) {
        return new ApiReply(status, page, HTML_HEADERS);
    }

    /** A page with an inline {@code <style>}; like {@link #html} otherwise. */
    public static ApiReply styledHtml(int status, String page) {
        return new ApiReply(status, page, STYLED_HTML_HEADERS);
    }

    public static ApiReply error(int status, String field, String message) {
        return errors(status, List.of(FieldError.of(field, message)));
    }

    public static ApiReply errors(int status, List<FieldError> errors) {
        return new ApiReply(status, HttpMessages.errorsBody(errors), Map.of());
    }

    public ApiReply withHeaders(Map<String, String> extra) {
        Map<String, String> all = new HashMap<>(headers);
        all.putAll(extra);
        return new ApiReply(status, body, all, base64Encoded);
    }

    public APIGatewayV2HTTPResponse toHttpResponse() {
        Map<String, String> all = new HashMap<>(headers);
        all.putIfAbsent("content-type", CONTENT_TYPE);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(all).withBody(body)
                .withIsBase64Encoded(base64Encoded).build();
    }
}

package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;
import io.winback.security.WebhookSignature;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Talks to a running Winback over HTTP the way a POS and a marketer's tool do. */
final class WinbackClient {
    static final String SECRET = "pipeline-webhook-secret";
    static final String TOKEN = "pipeline-api-token";

    record Answer(int status, JsonNode body) {
    }

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    WinbackClient(URI base) {
        this.base = base;
    }

    Answer postSales(String... sales) {
        return postSalesSignedAt(System.currentTimeMillis() / 1000, sales);
    }

    /** As a till whose clock reads {@code epochSeconds} signs them: for a system run on a clock of its own. */
    Answer postSalesSignedAt(long epochSeconds, String... sales) {
        String body = sales.length == 1 ? sales[0] : "{\"sales\":[" + String.join(",", sales) + "]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(base.resolve("/v1/sales"))
                .header(WebhookSignature.HEADER, WebhookSignature.sign(SECRET, epochSeconds, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    /** Any call of the API with a token: {@code body} sent as given, with {@code contentType}. */
    Answer call(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = authorized(path);
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** The raw answer of a GET with a token: for CSV. */
    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError("request to " + path + " failed", e);
        }
    }

    Answer customer(String customerId) {
        return send(authorized("/v1/customers/" + encode(customerId)).GET().build());
    }

    Answer history(String customerId, String query) {
        return send(authorized("/v1/customers/" + encode(customerId) + "/sales" + (query == null ? "" : "?" + query)).GET().build());
    }

    Answer patch(String customerId, String body) {
        return send(authorized("/v1/customers/" + encode(customerId))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer putAuthorized(String path, String body) {
        return send(authorized(path).header("content-type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer getAuthorized(String path) {
        return send(authorized(path).GET().build());
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + TOKEN);
    }

    private static String encode(String customerId) {
        return URLEncoder.encode(customerId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().isEmpty() ? null : Json.readTree(response.body()));
        } catch (Exception e) {
            throw new AssertionError("request to " + request.uri() + " failed", e);
        }
    }

    static String sale(String saleId, String customerId, String occurredAt, String total) {
        return """
                {"saleId":"%s","storeId":"store-1","occurredAt":"%s","customer":{"id":"%s"},"total":%s}"""
                .formatted(saleId, occurredAt, customerId, total);
    }

    static String refund(String saleId, String customerId, String occurredAt, String total) {
        return """
                {"saleId":"%s","type":"RETURN","originalSaleId":"x","storeId":"store-1","occurredAt":"%s","customer":{"id":"%s"},"total":%s}"""
                .formatted(saleId, occurredAt, customerId, total);
    }
}

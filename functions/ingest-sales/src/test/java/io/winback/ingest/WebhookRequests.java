package io.winback.ingest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.winback.security.WebhookSignature;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** HTTP API v2 requests to {@code POST /v1/sales} as API Gateway hands them to the function. */
final class WebhookRequests {
    static final String SECRET = "test-webhook-secret";
    static final long NOW = 1_763_636_700L;

    private WebhookRequests() {
    }

    static APIGatewayV2HTTPEvent signed(String body) {
        return withSignature(body, WebhookSignature.sign(SECRET, NOW, body.getBytes(StandardCharsets.UTF_8)));
    }

    static APIGatewayV2HTTPEvent withSignature(String body, String signature) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (signature != null) {
            headers.put("x-winback-signature", signature);
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("POST /v1/sales")
                .withRawPath("/v1/sales")
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }

    /** One valid sale as a POS sends it; tests replace single fields to break it. */
    static String sale(String saleId, String customerId, String occurredAt, String total) {
        return """
                {"saleId":"%s","storeId":"store-1","occurredAt":"%s",
                 "customer":{"id":"%s","phone":"8 (916) 123-45-67","email":"Anna@Example.com","name":"Anna",
                             "consent":{"sms":true,"email":false}},
                 "lines":[{"sku":"A1","group":"coffee","name":"Beans","quantity":2,"price":450.00,"discount":0}],
                 "total":%s}""".formatted(saleId, occurredAt, customerId, total);
    }
}

package io.winback.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.http.HttpMessages;
import io.winback.security.WebhookSignature;

import java.util.Map;

/** The webhook over API Gateway's HTTP API: the body and signature read off the event, the reply written back. */
final class WebhookExchange {
    private static final Map<String, String> JSON = Map.of("content-type", "application/json; charset=utf-8");
    private final SalesWebhook webhook;

    WebhookExchange(SalesWebhook webhook) {
        this.webhook = webhook;
    }

    APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event, Context context) {
        SalesWebhook.Reply reply = webhook.receive(HttpMessages.bodyBytes(event.getBody(), event.getIsBase64Encoded()),
                HttpMessages.header(event.getHeaders(), WebhookSignature.HEADER),
                context == null ? null : context.getAwsRequestId());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(reply.status())
                .withHeaders(JSON)
                .withBody(reply.body())
                .build();
    }
}

package io.winback.ingest;

import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.config.WinbackConfig;
import io.winback.domain.PhoneNumbers;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.dynamo.DynamoTombstones;
import io.winback.erasure.ErasedCustomers;
import io.winback.http.HttpMessages;
import io.winback.security.WebhookSignature;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Map;

/** Lambda entry point of {@code POST /v1/sales} behind the HTTP API. Wiring only; the work is in {@link SalesWebhook}. */
public final class IngestSalesHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final SalesWebhook webhook;

    public IngestSalesHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), CapacityMeter.NONE);
    }

    public IngestSalesHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter) {
        this.webhook = new SalesWebhook(
                new WebhookSignature(config.webhookSecrets(), config.webhookToleranceSeconds(), clock),
                new SaleParser(config.defaultCurrency(), new PhoneNumbers(config.defaultCountryCode()), clock),
                new DynamoSalesStore(dynamo, config.salesTable(), meter, config.shopZone()),
                new ErasedCustomers(config.erasedKeys(),
                        new DynamoTombstones(dynamo, config.customersTable(), meter, "ingest")),
                clock);
        Priming.beforeSnapshot("ingest-sales", webhook::prime);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        SalesWebhook.Reply reply = webhook.receive(HttpMessages.bodyBytes(event.getBody(), event.getIsBase64Encoded()),
                HttpMessages.header(event.getHeaders(), WebhookSignature.HEADER),
                context == null ? null : context.getAwsRequestId());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(reply.status())
                .withHeaders(Map.of("content-type", "application/json; charset=utf-8"))
                .withBody(reply.body())
                .build();
    }
}

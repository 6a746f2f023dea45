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
import io.winback.security.WebhookSignature;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Lambda entry point of {@code POST /v1/sales} behind the HTTP API. Wiring only; the work is in {@link SalesWebhook}. */
public final class IngestSalesHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final WebhookExchange exchange;

    public IngestSalesHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), CapacityMeter.NONE);
    }

    public IngestSalesHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter) {
        SalesWebhook webhook = new SalesWebhook(
                new WebhookSignature(config.webhookSecrets(), config.webhookToleranceSeconds(), clock),
                new SaleParser(config.defaultCurrency(), new PhoneNumbers(config.defaultCountryCode()), clock),
                new DynamoSalesStore(dynamo, config.salesTable(), meter, config.shopZone()),
                new ErasedCustomers(config.erasedKeys(),
                        new DynamoTombstones(dynamo, config.customersTable(), meter, "ingest")),
                clock);
        this.exchange = new WebhookExchange(webhook);
        Priming.beforeSnapshot("ingest-sales", webhook::prime);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return exchange.answer(event, context);
    }
}

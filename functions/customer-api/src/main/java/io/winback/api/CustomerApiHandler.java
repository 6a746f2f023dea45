package io.winback.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.http.HttpMessages;
import io.winback.security.BearerTokens;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** Lambda entry point of the customer API routes. Wiring and HTTP translation only; the work is in {@link CustomerApi}. */
public final class CustomerApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final CustomerApi api;
    private final CustomerApi.Request primingRequest;

    public CustomerApiHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), Clock.systemUTC());
    }

    public CustomerApiHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock) {
        CustomerItems items = new CustomerItems(config.segments(), config.sleep());
        this.api = new CustomerApi(new BearerTokens(config.apiTokens()),
                new DynamoCustomerStore(dynamo, config.customersTable(), items, CapacityMeter.NONE, "api"),
                new DynamoSalesStore(dynamo, config.salesTable(), CapacityMeter.NONE),
                new CustomerView(config.segments(), config.sleep()), clock);
        String token = config.apiTokens().isEmpty() ? "none" : config.apiTokens().getFirst();
        this.primingRequest = new CustomerApi.Request("GET", "/v1/customers/{customerId}", Priming.NEVER_A_KEY,
                Map.of(), null, "Bearer " + token);
        Priming.beforeSnapshot("customer-api", this::prime);
    }

    /**
     * What SnapStart runs before the snapshot: a real GET of a customer who never exists, through the token check,
     * the DynamoDB read and the JSON answer.
     */
    private void prime() {
        api.answer(primingRequest);
        CustomerPatch.parse("{\"name\":\"priming\"}", java.time.Instant.EPOCH);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ApiReply reply = api.answer(requestOf(event));
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(reply.status())
                .withHeaders(Map.of("content-type", "application/json; charset=utf-8"))
                .withBody(reply.body())
                .build();
    }

    private static CustomerApi.Request requestOf(APIGatewayV2HTTPEvent event) {
        String routeKey = event.getRouteKey() == null ? "" : event.getRouteKey();
        int space = routeKey.indexOf(' ');
        String method = event.getRequestContext() != null && event.getRequestContext().getHttp() != null
                ? event.getRequestContext().getHttp().getMethod()
                : space > 0 ? routeKey.substring(0, space) : null;
        String route = space > 0 ? routeKey.substring(space + 1) : null;
        Map<String, String> path = event.getPathParameters() == null ? Map.of() : event.getPathParameters();
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        String body = event.getBody() == null ? null
                : new String(HttpMessages.bodyBytes(event.getBody(), event.getIsBase64Encoded()), StandardCharsets.UTF_8);
        return new CustomerApi.Request(method, route, path.get("customerId"), query, body,
                HttpMessages.header(event.getHeaders(), "authorization"));
    }
}

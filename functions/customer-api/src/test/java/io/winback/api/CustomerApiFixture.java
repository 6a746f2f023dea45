package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.json.Json;
import io.winback.testing.LocalDynamo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Fresh tables holding customer C-1001 with three purchases, and the handler under test in front of them. */
final class CustomerApiFixture {
    static final Instant NOW = Instant.parse("2025-11-20T11:06:40Z");
    final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS, "old-token,test-api-token"));
    final DynamoCustomerStore customers = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
            new CustomerItems(config.segments(), config.sleep()), CapacityMeter.NONE, "test");
    final CustomerApiHandler handler = new CustomerApiHandler(LocalDynamo.client(), config,
            Clock.fixed(NOW, ZoneOffset.UTC));

    CustomerApiFixture withCustomerC1001() {
        DynamoSalesStore sales = new DynamoSalesStore(LocalDynamo.client(), config.salesTable(), CapacityMeter.NONE);
        Customer customer = Customer.firstSeen("C-1001");
        String[][] receipts = {{"s-1", "2025-09-01T12:00:00+03:00", "1000.00"}, {"s-2", "2025-09-11T12:00:00+03:00", "500.00"},
                {"s-3", "2025-10-01T12:00:00+03:00", "300.00"}};
        for (String[] r : receipts) {
            Sale sale = Sales.withCustomer(Sales.sale(r[0], "C-1001", r[1], r[2]), new SaleCustomer("C-1001",
                    "+79161234567", "anna@example.com", null, "Anna", null, null, null, new io.winback.domain.Consent(true, true)));
            sales.record(sale, NOW);
            customer = customer.apply(sale, NOW, config.shopZone());
        }
        customers.saveIfUnchanged(customer, NOW);
        return this;
    }

    APIGatewayV2HTTPResponse call(String method, String route, String customerId, Map<String, String> query,
                                  String body, String token) {
        Map<String, String> headers = new HashMap<>();
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(method + " " + route)
                .withRawPath(route.replace("{customerId}", customerId))
                .withHeaders(headers)
                .withPathParameters(Map.of("customerId", customerId))
                .withQueryStringParameters(query)
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).build()).build())
                .build();
        return handler.handleRequest(event, null);
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return Json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }
}

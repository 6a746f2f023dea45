package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import io.winback.domain.Sale;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.testing.HttpApiEvents;
import io.winback.testing.LocalDynamo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Fresh tables on DynamoDB Local, the real reports handler in front of them, and a shop's receipts stored as the
 * webhook stores them and applied to the customers as the stats apply them.
 */
final class ReportsFixture {
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    /** The token of the sample events in events/. */
    static final String TOKEN = "test-api-token";

    final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS, TOKEN,
            WinbackConfig.SHOP_TIMEZONE, "Europe/Moscow"));
    final ReportsApiHandler handler = new ReportsApiHandler(LocalDynamo.client(), config,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final DynamoSalesStore sales = new DynamoSalesStore(LocalDynamo.client(), config.salesTable(),
            CapacityMeter.NONE, config.shopZone());
    private final DynamoCustomerStore customers = new DynamoCustomerStore(LocalDynamo.client(),
            config.customersTable(), new CustomerItems(config.segments(), config.sleep()), CapacityMeter.NONE, "test");
    private int receipts;

    /** A purchase at {@code store} at noon Moscow time on {@code day}. */
    ReportsFixture purchase(String customerId, String store, String day, String total) {
        return record(customerId, store, day, SaleType.SALE, total, "0", List.of());
    }

    ReportsFixture purchase(String customerId, String store, String day, String total, String bonusRedeemed,
                            String discount) {
        SaleLine line = new SaleLine("SKU-1", "group-1", "item", BigDecimal.ONE, new BigDecimal(total)
                .add(new BigDecimal(discount)), new BigDecimal(discount));
        return record(customerId, store, day, SaleType.SALE, total, bonusRedeemed, List.of(line));
    }

    ReportsFixture refund(String customerId, String store, String day, String total) {
        return record(customerId, store, day, SaleType.RETURN, total, "0", List.of());
    }

    private ReportsFixture record(String customerId, String store, String day, SaleType type, String total,
                                  String bonusRedeemed, List<SaleLine> lines) {
        Sale sale = new Sale("R-" + (++receipts), type, null, store,
                OffsetDateTime.parse(day + "T12:00:00+03:00"),
                new SaleCustomer(customerId, null, null, null, null, null, null, null, null), lines,
                new BigDecimal(total), "RUB", new BigDecimal(bonusRedeemed));
        sales.record(sale, NOW);
        Customer current = customers.find(sale.customerKey()).orElseGet(() -> Customer.firstSeen(sale.customerKey()));
        if (!customers.saveIfUnchanged(current.apply(sale, NOW, config.shopZone()), NOW)) {
            throw new IllegalStateException("nobody else writes here");
        }
        return this;
    }

    APIGatewayV2HTTPResponse get(String path, Map<String, String> query) {
        return call("GET", path, query, "Bearer " + TOKEN);
    }

    APIGatewayV2HTTPResponse call(String method, String path, Map<String, String> query, String authorization) {
        return handler.handleRequest(HttpApiEvents.request(method, "$default", path, query, null, authorization), null);
    }
}

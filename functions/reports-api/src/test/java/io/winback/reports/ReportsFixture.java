package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.config.WinbackConfig;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.testing.HttpApiEvents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A shop told in one line per receipt, for the metrics and request tests: each receipt goes through
 * {@link ReportsShop} (stored as the webhook stores it, applied by the real stats function), one SKU line a receipt.
 */
final class ReportsFixture {
    static final String TOKEN = ReportsShop.TOKEN;

    private final ReportsShop shop = new ReportsShop();
    final WinbackConfig config = shop.config;
    final ReportsApiHandler handler = shop.reports;
    private int receipts;

    /** A purchase at {@code store} at noon Moscow time on {@code day}. */
    ReportsFixture purchase(String customerId, String store, String day, String total) {
        return purchase(customerId, store, day, total, "0", "0");
    }

    /** A purchase of {@code total} after a line discount of {@code discount}, {@code bonusRedeemed} of it in bonus. */
    ReportsFixture purchase(String customerId, String store, String day, String total, String bonusRedeemed,
                            String discount) {
        String price = new BigDecimal(total).add(new BigDecimal(discount)).toPlainString();
        return sell(ReportsShop.purchase(nextId(), customer(customerId), store, day, bonusRedeemed,
                ReportsShop.line("SKU-1", "group-1", "1", price, discount)));
    }

    ReportsFixture refund(String customerId, String store, String day, String total) {
        return sell(ReportsShop.refund(nextId(), customer(customerId), store, day,
                ReportsShop.line("SKU-1", "group-1", "1", total, "0")));
    }

    APIGatewayV2HTTPResponse get(String path, Map<String, String> query) {
        return shop.get(path, query);
    }

    /** A request no route named ($default), with {@code authorization} as sent (null: none). */
    APIGatewayV2HTTPResponse call(String method, String path, Map<String, String> query, String authorization) {
        return handler.handleRequest(HttpApiEvents.request(method, "$default", path, query, null, authorization), null);
    }

    private ReportsFixture sell(Sale sale) {
        shop.sell(List.of(sale));
        return this;
    }

    private String nextId() {
        return "R-" + (++receipts);
    }

    private static SaleCustomer customer(String id) {
        return new SaleCustomer(id, null, null, null, null, null, null, null, null);
    }
}

package io.winback.stats;

import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import io.winback.dynamo.SaleItems;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Receipts of one product group in the shop's words, as the webhook stores them, for the cycles' tests. */
final class GroupReceipts {
    private GroupReceipts() {
    }

    /** A purchase of one unit of {@code group} (price 1000.00) by {@code customerId} at {@code at}. */
    static Sale purchase(String saleId, String customerId, String group, OffsetDateTime at) {
        return new Sale(saleId, SaleType.SALE, null, "store-1", at, customer(customerId),
                List.of(new SaleLine(group + "-sku", group, group, BigDecimal.ONE, new BigDecimal("1000.00"), null)),
                new BigDecimal("1000.00"), "RUB", BigDecimal.ZERO.setScale(2));
    }

    /** The return of the whole of {@code originalSaleId}'s unit of {@code group}. */
    static Sale returnOf(String saleId, String originalSaleId, String customerId, String group, OffsetDateTime at) {
        return new Sale(saleId, SaleType.RETURN, originalSaleId, "store-1", at, customer(customerId),
                List.of(new SaleLine(group + "-sku", group, group, BigDecimal.ONE, new BigDecimal("1000.00"), null)),
                new BigDecimal("1000.00"), "RUB", BigDecimal.ZERO.setScale(2));
    }

    static Map<String, AttributeValue> item(Sale sale, Instant receivedAt, ZoneId shopZone) {
        return SaleItems.toItem(sale, receivedAt.toString(), shopZone);
    }

    private static SaleCustomer customer(String customerId) {
        return new SaleCustomer(customerId, null, null, null, null, null, null, null, null);
    }
}

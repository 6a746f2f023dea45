package io.winback.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** Test data in the shop's words: "a sale of 900.00 to C-1 on the 20th of November at 14:05 Moscow time". */
public final class Sales {
    private Sales() {
    }

    public static Sale sale(String saleId, String customerId, String occurredAt, String total) {
        return new Sale(saleId, SaleType.SALE, null, "store-1", OffsetDateTime.parse(occurredAt),
                new SaleCustomer(customerId, null, null, null, null, null, null, null, null), List.of(),
                new BigDecimal(total).setScale(2), "RUB", BigDecimal.ZERO.setScale(2));
    }

    public static Sale refund(String saleId, String customerId, String occurredAt, String total) {
        Sale sale = sale(saleId, customerId, occurredAt, total);
        return new Sale(saleId, SaleType.RETURN, null, sale.storeId(), sale.occurredAt(), sale.customer(), List.of(),
                sale.total(), sale.currency(), sale.bonusRedeemed());
    }

    public static Sale withCustomer(Sale sale, SaleCustomer customer) {
        return new Sale(sale.saleId(), sale.type(), sale.originalSaleId(), sale.storeId(), sale.occurredAt(),
                customer, sale.lines(), sale.total(), sale.currency(), sale.bonusRedeemed());
    }
}

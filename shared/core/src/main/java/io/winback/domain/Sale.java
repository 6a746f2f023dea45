package io.winback.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A validated receipt: a purchase or a return. Money has exactly two decimal places.
 * A RETURN's total is the amount refunded, positive.
 */
public record Sale(
        String saleId,
        SaleType type,
        String originalSaleId,
        String storeId,
        OffsetDateTime occurredAt,
        SaleCustomer customer,
        List<SaleLine> lines,
        BigDecimal total,
        String currency,
        BigDecimal bonusRedeemed) {

    public Sale {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public String customerKey() {
        return CustomerKey.of(customer);
    }

    public boolean isPurchase() {
        return type == SaleType.SALE;
    }
}

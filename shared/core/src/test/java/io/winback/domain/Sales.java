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

    /** A purchase of one unit of each of {@code groups}, each line priced at the total. */
    public static Sale ofGroups(String saleId, String customerId, String occurredAt, String total, String... groups) {
        Sale sale = sale(saleId, customerId, occurredAt, total);
        List<SaleLine> lines = java.util.Arrays.stream(groups).map(group -> new SaleLine(group + "-1", group, group,
                BigDecimal.ONE, sale.total(), null)).toList();
        return new Sale(saleId, SaleType.SALE, null, sale.storeId(), sale.occurredAt(), sale.customer(), lines,
                sale.total(), sale.currency(), sale.bonusRedeemed());
    }

    /** The return of a whole purchase of {@code group}. */
    public static Sale returnOfGroup(String saleId, String customerId, String occurredAt, String total, String group) {
        Sale bought = ofGroups(saleId, customerId, occurredAt, total, group);
        return new Sale(saleId, SaleType.RETURN, null, bought.storeId(), bought.occurredAt(), bought.customer(),
                bought.lines(), bought.total(), bought.currency(), bought.bonusRedeemed());
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

package io.winback.report;

import io.winback.domain.SaleType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A receipt as the reports of a period see it: figures only, no personal data.
 *
 * @param store         the sale's store, or "-" when the till sent none
 * @param discountTotal the sum of its lines' discounts
 */
public record DaySale(String saleId, String customerKey, SaleType type, String store, LocalDate day,
                      Instant occurredAt, BigDecimal total, BigDecimal bonusRedeemed, BigDecimal discountTotal) {

    public boolean isPurchase() {
        return type == SaleType.SALE;
    }
}

package io.winback.report;

import io.winback.domain.SaleType;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One receipt's lines of one product (or one group) as the buyers index keeps them: who, where, which shop day, and
 * how much; no name, phone or email (the report reads those from the card, as they are now).
 *
 * @param store    the receipt's store, or "-" when the till sent none
 * @param quantity the sum of the receipt's lines of this product
 */
public record SaleLineEntry(Product product, LocalDate day, String store, String customerKey, String saleId,
                            SaleType type, BigDecimal quantity) {

    public boolean isPurchase() {
        return type == SaleType.SALE;
    }
}

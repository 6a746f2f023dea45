package io.winback.erasure;

import io.winback.domain.Sale;
import io.winback.domain.SalesStore;

/** The receipts stay for the books; the customer on each becomes the pseudonym ({@link WhatErasureKeeps#sale}). */
public final class SaleEraser implements CustomerDataEraser {
    private final SalesStore sales;

    public SaleEraser(SalesStore sales) {
        this.sales = sales;
    }

    @Override
    public String name() {
        return "sales";
    }

    @Override
    public int erase(Erasure erasure) {
        int anonymised = 0;
        for (Sale sale : sales.allOf(erasure.customerKey())) {
            sales.replaceCustomer(sale.saleId(), WhatErasureKeeps.sale(sale, erasure.erasedAs()).customer());
            anonymised++;
        }
        return anonymised;
    }
}

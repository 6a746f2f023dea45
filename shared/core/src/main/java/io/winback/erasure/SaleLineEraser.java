package io.winback.erasure;

import io.winback.domain.Sale;
import io.winback.domain.SalesStore;
import io.winback.report.SaleLineEntries;
import io.winback.report.SaleLineEntry;
import io.winback.report.SaleLineIndex;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The buyers-index rows of the customer's receipts (the buyers report is a contact list: an erased customer leaves
 * it). Their keys are derived from the receipts, so this runs before the receipts move to the pseudonym.
 */
public final class SaleLineEraser implements CustomerDataEraser {
    private final SalesStore sales;
    private final SaleLineIndex lines;
    private final ZoneId shopZone;

    public SaleLineEraser(SalesStore sales, SaleLineIndex lines, ZoneId shopZone) {
        this.sales = sales;
        this.lines = lines;
        this.shopZone = shopZone;
    }

    @Override
    public String name() {
        return "saleLines";
    }

    @Override
    public int erase(Erasure erasure) {
        List<SaleLineEntry> entries = new ArrayList<>();
        for (Sale sale : sales.allOf(erasure.customerKey())) {
            entries.addAll(SaleLineEntries.of(sale, shopZone));
        }
        lines.remove(entries);
        return entries.size();
    }
}

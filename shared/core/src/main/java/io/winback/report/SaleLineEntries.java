package io.winback.report;

import io.winback.domain.Sale;
import io.winback.domain.SaleLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The buyers-index entries of a receipt: one per distinct SKU and one per distinct group on its lines (two lines of
 * one SKU are one entry, their quantities added). Derived from the receipt alone, so a replayed receipt gives the
 * same entries, and writing them again changes nothing.
 */
public final class SaleLineEntries {
    /** Sales of no known store count under this name, as in the byDay index. */
    public static final String NO_STORE = "-";

    private SaleLineEntries() {
    }

    public static List<SaleLineEntry> of(Sale sale, ZoneId shopZone) {
        LocalDate day = sale.occurredAt().atZoneSameInstant(shopZone).toLocalDate();
        String store = sale.storeId() == null || sale.storeId().isBlank() ? NO_STORE : sale.storeId();
        Map<Product, BigDecimal> quantities = new LinkedHashMap<>();
        for (SaleLine line : sale.lines()) {
            BigDecimal quantity = line.quantity() == null ? BigDecimal.ZERO : line.quantity();
            if (line.sku() != null && !line.sku().isBlank()) {
                quantities.merge(Product.sku(line.sku()), quantity, BigDecimal::add);
            }
            if (line.group() != null && !line.group().isBlank()) {
                quantities.merge(Product.group(line.group()), quantity, BigDecimal::add);
            }
        }
        List<SaleLineEntry> entries = new ArrayList<>(quantities.size());
        quantities.forEach((product, quantity) -> entries.add(new SaleLineEntry(product, day, store,
                sale.customerKey(), sale.saleId(), sale.type(), quantity)));
        return entries;
    }
}

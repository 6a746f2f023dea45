package io.winback.report;

import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AReceiptIndexesEachProductAndGroupOnceTest {

    @Test
    void twoLinesOfOneSkuAreOneEntryWithTheirQuantitiesAddedAndALineWithoutASkuCountsForItsGroupOnly() {
        // 00:30 in Moscow on 1 December is still 30 November in UTC: the shop day decides.
        Sale sale = new Sale("r-1", SaleType.SALE, null, null, OffsetDateTime.parse("2026-11-30T21:30:00Z"),
                new SaleCustomer("C-1", null, null, null, null, null, null, null, null),
                List.of(line("A1", "coffee", "1"), line("A1", "coffee", "2.5"), line(" ", "coffee", "1"),
                        line("T1", null, "4")),
                new BigDecimal("10.00"), "RUB", BigDecimal.ZERO.setScale(2));

        List<SaleLineEntry> entries = SaleLineEntries.of(sale, ZoneId.of("Europe/Moscow"));

        LocalDate day = LocalDate.parse("2026-12-01");
        assertEquals(List.of(
                new SaleLineEntry(Product.sku("A1"), day, "-", "C-1", "r-1", SaleType.SALE, new BigDecimal("3.5")),
                new SaleLineEntry(Product.group("coffee"), day, "-", "C-1", "r-1", SaleType.SALE, new BigDecimal("4.5")),
                new SaleLineEntry(Product.sku("T1"), day, "-", "C-1", "r-1", SaleType.SALE, new BigDecimal("4"))),
                entries);
        assertEquals("sku#A1", entries.get(0).product().indexKey());
        assertEquals("group#coffee", entries.get(1).product().indexKey());
    }

    private static SaleLine line(String sku, String group, String quantity) {
        return new SaleLine(sku, group, "item", new BigDecimal(quantity), new BigDecimal("1.00"), BigDecimal.ZERO);
    }
}

package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.domain.Sales;
import io.winback.report.DaySale;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Thirty days of receipts, read several days at once: the reports still get them day by day in order (the discounts
 * report closes a day when the next begins), each exactly once, on the shop's day.
 */
class APeriodsReceiptsComeDayByDayInOrderTest {

    @Test
    void daysReadAtOnceAreHandedOverInOrderAndComplete() {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        DynamoSalesStore store = new DynamoSalesStore(LocalDynamo.client(), config.salesTable(), CapacityMeter.NONE,
                config.shopZone());
        LocalDate first = LocalDate.parse("2026-10-01");
        List<String> expected = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            for (int n = 0; n < 3; n++) {
                // 00:30 Moscow is the evening before in UTC: the shop's day counts, not UTC's.
                String id = "R-" + d + "-" + n;
                store.record(Sales.sale(id, "C-" + n, first.plusDays(d) + "T00:30:00+03:00", "10"),
                        Instant.parse("2026-11-25T00:00:00Z"));
                expected.add(first.plusDays(d) + " " + id);
            }
        }

        List<String> seen = new ArrayList<>();
        new DynamoSalesByDay(LocalDynamo.client(), config.salesTable(), CapacityMeter.NONE, "test")
                .forEach(first, first.plusDays(29), null, (DaySale sale) -> seen.add(sale.day() + " " + sale.saleId()));

        List<String> days = seen.stream().map(s -> s.substring(0, 10)).toList();
        assertEquals(days.stream().sorted().toList(), days, "day by day in order");
        assertEquals(expected.stream().sorted().toList(), seen.stream().sorted().toList(), "each receipt once");
    }
}

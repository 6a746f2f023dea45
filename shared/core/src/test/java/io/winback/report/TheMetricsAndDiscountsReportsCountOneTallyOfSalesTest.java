package io.winback.report;

import io.winback.domain.SaleType;
import io.winback.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TheMetricsAndDiscountsReportsCountOneTallyOfSalesTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Test
    void aPurchaseAddsItsTotalDiscountAndBonusAndAReturnOnlyTheMoneyItGaveBack() {
        SalesTally tally = new SalesTally();
        tally.add(sale("s-1", SaleType.SALE, "900", "50.5", "0"));
        tally.add(sale("s-2", SaleType.SALE, "100.25", "0", "30"));
        // DynamoDB hands 900.00 back as 900: the tally still answers to the kopeck.
        tally.add(sale("r-1", SaleType.RETURN, "300", "10", "5"));

        assertEquals(2, tally.purchases());
        assertEquals(1, tally.purchasesWithDiscount());
        assertEquals(1, tally.purchasesWithBonus());
        assertEquals(1, tally.returns());
        assertEquals(Money.of("1000.25"), tally.revenue());
        assertEquals("1000.25", tally.revenue().amount().toPlainString());
        assertEquals(Money.of("50.50"), tally.discounts());
        assertEquals(Money.of("30.00"), tally.bonusRedeemed());
        assertEquals(Money.of("300.00"), tally.refunds());
        assertEquals(Money.of("700.25"), tally.netRevenue());
    }

    @Test
    void daysAddedToTheTotalsCountAsTheirReceiptsAddedOneByOne() {
        SalesTally monday = new SalesTally();
        monday.add(sale("s-1", SaleType.SALE, "10.10", "1", "0"));
        SalesTally tuesday = new SalesTally();
        tuesday.add(sale("s-2", SaleType.SALE, "20.20", "0", "2"));
        tuesday.add(sale("r-1", SaleType.RETURN, "5", "0", "0"));
        SalesTally totals = new SalesTally();
        totals.add(monday);
        totals.add(tuesday);

        SalesTally oneByOne = new SalesTally();
        oneByOne.add(sale("s-1", SaleType.SALE, "10.10", "1", "0"));
        oneByOne.add(sale("s-2", SaleType.SALE, "20.20", "0", "2"));
        oneByOne.add(sale("r-1", SaleType.RETURN, "5", "0", "0"));
        assertEquals(oneByOne.revenue(), totals.revenue());
        assertEquals(oneByOne.refunds(), totals.refunds());
        assertEquals(oneByOne.discounts(), totals.discounts());
        assertEquals(oneByOne.bonusRedeemed(), totals.bonusRedeemed());
        assertEquals(oneByOne.purchases(), totals.purchases());
        assertEquals(oneByOne.returns(), totals.returns());
        assertEquals(oneByOne.purchasesWithDiscount(), totals.purchasesWithDiscount());
        assertEquals(oneByOne.purchasesWithBonus(), totals.purchasesWithBonus());
        assertEquals(Money.of("30.30"), totals.revenue());
    }

    @Test
    void anEmptyPeriodShowsZeroWithTwoDecimals() {
        assertEquals("0.00", new SalesTally().revenue().amount().toPlainString());
    }

    private static DaySale sale(String id, SaleType type, String total, String discount, String bonus) {
        return new DaySale(id, "c-1", type, "store-1", DAY, Instant.parse("2026-03-02T09:00:00Z"),
                new BigDecimal(total), new BigDecimal(bonus), new BigDecimal(discount));
    }
}

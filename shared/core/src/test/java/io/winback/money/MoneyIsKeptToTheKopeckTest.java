package io.winback.money;

import io.winback.messages.TemplateText;
import io.winback.report.CsvWriter;
import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyIsKeptToTheKopeckTest {

    @Test
    void aReceiptAmountOfZeroOrMoreWithAtMostTwoDecimalsIsTakenWithExactlyTwo() {
        assertEquals("99.50", accepted(Money.fromReceipt(new BigDecimal("99.5"))).plain());
        assertEquals("100.00", accepted(Money.fromReceipt(new BigDecimal("1E+2"))).plain());
        assertEquals("0.00", accepted(Money.fromReceipt(BigDecimal.ZERO)).plain());
        // Trailing zeros are no fraction of a kopeck.
        assertEquals("12.30", accepted(Money.fromReceipt(new BigDecimal("12.3000"))).plain());
    }

    @Test
    void aReceiptAmountBelowZeroOrWithFractionsOfAKopeckIsRefusedWithTheWebhooksWords() {
        assertEquals("must not be negative", refused(Money.fromReceipt(new BigDecimal("-0.01"))));
        assertEquals("must have at most 2 decimal places", refused(Money.fromReceipt(new BigDecimal("10.005"))));
    }

    @Test
    void aBonusMustBeAboveZeroWithAtMostTwoDecimalsAndIsRefusedWithTheApisWords() {
        assertEquals("150.00", accepted(Money.positive(new BigDecimal("150"))).plain());
        String words = "must be an amount above 0 with at most 2 decimals, such as 100 or 99.50";
        assertEquals(words, refused(Money.positive(BigDecimal.ZERO)));
        assertEquals(words, refused(Money.positive(new BigDecimal("-5"))));
        assertEquals(words, refused(Money.positive(new BigDecimal("0.001"))));
    }

    @Test
    void anAmountIsNeverRoundedSilentlyWhenMadeOnlyWhenMultipliedOrShared() {
        assertThrows(ArithmeticException.class, () -> Money.of("10.005"));
        // 900 × 40 % × 50 % = 180; 333.33 × 0.375 = 124.99875 → 125.00, once, half up.
        assertEquals(Money.of("180.00"), Money.of("900").times(new BigDecimal("0.40").multiply(new BigDecimal("0.5"))));
        assertEquals(Money.of("125.00"), Money.of("333.33").times(new BigDecimal("0.375")));
        // Half up, as a cashier: 0.125 → 0.13, and −0.125 → −0.13.
        assertEquals(Money.of("0.13"), Money.rounded(new BigDecimal("0.125")));
        assertEquals(Money.of("-0.13"), Money.rounded(new BigDecimal("-0.125")));
        // 100 shared by 3: 33.33; 200 by 3: 66.67.
        assertEquals(Money.of("33.33"), Money.of("100").dividedBy(3));
        assertEquals(Money.of("66.67"), Money.perEach(new BigDecimal("200"), 3));
    }

    @Test
    void sumsDifferencesAndComparisonsAreExact() {
        Money total = Money.ZERO.plus(Money.of("0.10")).plus(Money.of("0.20"));
        assertEquals(Money.of("0.30"), total);
        assertEquals(Money.of("-0.05"), Money.of("0.25").minus(Money.of("0.30")));
        assertEquals(Money.of("-7.50"), Money.of("7.5").negate());
        assertEquals(Money.of("0.30"), Money.of("0.3"));
        assertEquals(0, Money.of("100").compareTo(Money.of("100.00")));
        assertEquals(Money.of("99.99"), Money.of("100").min(Money.of("99.99")));
        assertEquals(true, Money.of("100.01").isAbove(Money.of("100")));
        assertEquals(true, Money.ZERO.isZero());
    }

    @Test
    void jsonShowsTwoDecimalsARussianCsvADecimalCommaAnEnglishOneAPointAndAMessageNoTrailingZeros() {
        Money amount = Money.of("1234.5");
        assertEquals(new BigDecimal("1234.50"), amount.amount());
        assertEquals("1234.50", amount.plain());
        assertEquals("1234,50", ReportLanguage.RU.money(amount));
        assertEquals("1234.50", ReportLanguage.EN.money(amount));
        assertEquals(CsvWriter.BYTE_ORDER_MARK + "1234,50;-0,05\r\n",
                new CsvWriter(ReportLanguage.RU).row(amount, Money.of("-0.05")).text());
        assertEquals(CsvWriter.BYTE_ORDER_MARK + "1234.50,-0.05\r\n",
                new CsvWriter(ReportLanguage.EN).row(amount, Money.of("-0.05")).text());
        assertEquals("1234.5", amount.inMessage());
        assertEquals("100", Money.of("100.00").inMessage());
        assertEquals("1000", Money.of("1E+3").inMessage());
        assertEquals("100", TemplateText.amount(new BigDecimal("100.00")));
    }

    @Test
    void anAmountKeptByATableIsShownWithAtLeastTwoDecimalsAndNeverRounded() {
        assertEquals("100.00", Money.asKept(new BigDecimal("100")).toPlainString());
        assertEquals("0.125", Money.asKept(new BigDecimal("0.125")).toPlainString());
    }

    private static Money accepted(Money.Read read) {
        return assertInstanceOf(Money.Read.Accepted.class, read).money();
    }

    private static String refused(Money.Read read) {
        return assertInstanceOf(Money.Read.Refused.class, read).reason();
    }
}

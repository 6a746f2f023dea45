package io.winback.xlsx;

import io.winback.money.Money;
import io.winback.report.ReportLanguage;
import io.winback.testing.XlsxWorkbook;
import io.winback.testing.XlsxWorkbook.ReadCell;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The point of a workbook over a CSV: a phone is text as typed (no {@code '+7…} guard, never the number 7.9E10), a
 * count is a number, money is a number shown with two decimals and the shop's currency, a day is a real Excel date
 * that sorts and filters, each shown the way the shop's language writes it.
 */
class EachCellKeepsItsTypeSoAPhoneStaysTextAndMoneyIsANumberTest {
    private static final LocalDate SEPTEMBER_15 = LocalDate.of(2026, 9, 15);
    private final List<Column> columns = List.of(Column.text("Phone", 16), Column.number("Purchases"),
            Column.number("Share"), Column.money("Spent"), Column.day("Last purchase"), Column.moment("Sent"),
            Column.text("Formula-like name", 20));

    private XlsxWorkbook written(ReportLanguage language, String currency) {
        return XlsxWorkbook.read(Workbooks.written("Typed", columns, language, currency, sheet -> sheet.row(
                Cell.text("+79161234567"), Cell.whole(12_345), Cell.decimal(new BigDecimal("0.125")),
                Cell.money(Money.of("1234.50")), Cell.day(SEPTEMBER_15),
                Cell.moment(LocalDateTime.of(2026, 9, 15, 18, 0)), Cell.text("=HYPERLINK(\"x\")"))));
    }

    @Test
    void aPhoneIsTextAsTypedWithoutTheApostropheACsvNeeds() {
        ReadCell phone = written(ReportLanguage.RU, "RUB").cell("A2");
        assertEquals("inlineStr", phone.type());
        assertEquals("+79161234567", phone.value());
        ReadCell formula = written(ReportLanguage.RU, "RUB").cell("G2");
        assertTrue(formula.isText(), "text is never a formula in a workbook: " + formula);
        assertEquals("=HYPERLINK(\"x\")", formula.value());
    }

    @Test
    void countsAndSharesAreNumbers() {
        XlsxWorkbook workbook = written(ReportLanguage.RU, "RUB");
        ReadCell purchases = workbook.cell("B2");
        assertTrue(purchases.isNumber(), purchases.toString());
        assertEquals("12345", purchases.value());
        assertEquals("#,##0", purchases.numberFormat(), "grouped: 12 345");
        ReadCell share = workbook.cell("C2");
        assertTrue(share.isNumber(), share.toString());
        assertEquals("0.125", share.value());
        assertEquals("General", share.numberFormat(), "shown with the decimals it has");
    }

    @Test
    void moneyIsANumberShownInRoublesForARussianShop() {
        ReadCell spent = written(ReportLanguage.RU, "RUB").cell("D2");
        assertTrue(spent.isNumber(), spent.toString());
        assertEquals(new BigDecimal("1234.50"), new BigDecimal(spent.value()));
        assertEquals("#,##0.00 \"₽\"", spent.numberFormat());
    }

    @Test
    void moneyOfAnotherCurrencyShowsItsCode() {
        ReadCell spent = written(ReportLanguage.EN, "usd").cell("D2");
        assertTrue(spent.isNumber(), spent.toString());
        assertEquals("#,##0.00 \"USD\"", spent.numberFormat());
    }

    @Test
    void aDayIsAnExcelSerialCountedFromTheThirtiethOfDecember1899() {
        // Excel's day 0 is 1899-12-30 (day 1 is 1900-01-01, and it counts a 29 February 1900 that never was).
        long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), SEPTEMBER_15);
        assertEquals(46_280, serial);
        ReadCell day = written(ReportLanguage.RU, "RUB").cell("E2");
        assertTrue(day.isNumber(), day.toString());
        assertEquals(Long.toString(serial), day.value());
        assertEquals("dd.mm.yyyy", day.numberFormat(), "a Russian shop reads 15.09.2026");
        assertEquals("yyyy-mm-dd", written(ReportLanguage.EN, "USD").cell("E2").numberFormat());
    }

    @Test
    void aMomentIsTheDaysSerialPlusTheFractionOfTheDayGone() {
        ReadCell sent = written(ReportLanguage.RU, "RUB").cell("F2");
        assertTrue(sent.isNumber(), sent.toString());
        assertEquals(46_280.75, Double.parseDouble(sent.value()), 1e-9, "18:00 is three quarters of the day");
        assertEquals("dd.mm.yyyy hh:mm", sent.numberFormat());
        assertEquals("yyyy-mm-dd hh:mm", written(ReportLanguage.EN, "USD").cell("F2").numberFormat());
    }

    @Test
    void anEmptyCellIsLeftOutAndTheRowGoesOn() {
        XlsxWorkbook workbook = XlsxWorkbook.read(Workbooks.written("Gaps", columns, ReportLanguage.RU, "RUB",
                sheet -> sheet.row(Cell.text(null), Cell.whole(1), Cell.money((Money) null), null,
                        Cell.day(null))));
        assertNull(workbook.cell("A2"));
        assertEquals("1", workbook.cell("B2").value());
        assertEquals(1, workbook.rows().get(1).size());
    }
}

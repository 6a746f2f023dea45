package io.winback.xlsx;

import io.winback.report.ReportLanguage;
import io.winback.testing.XlsxWorkbook;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Excel's serial days: 1 is 1 January 1900, and Excel believes in a 29 February 1900 (serial 60), so every day from
 * 1 March 1900 is one more than a plain count from 31 December 1899. A day before 1900 Excel cannot hold: it is
 * written as text rather than as a wrong date.
 */
class ExcelCountsDaysFromTheLastDaysOf1899Test {
    @Test
    void theFirstDaysOf1900CountFromTheThirtyFirstOfDecember() {
        assertEquals(1, ExcelDates.serial(LocalDate.of(1900, 1, 1)));
        assertEquals(59, ExcelDates.serial(LocalDate.of(1900, 2, 28)));
    }

    @Test
    void fromMarch1900OnTheyCountFromTheThirtiethSkippingExcelsLeapDay() {
        assertEquals(61, ExcelDates.serial(LocalDate.of(1900, 3, 1)));
        assertEquals(25_569, ExcelDates.serial(LocalDate.of(1970, 1, 1)), "the Unix epoch, as Excel shows it");
        assertEquals(46_280, ExcelDates.serial(LocalDate.of(2026, 9, 15)));
        assertEquals(2_958_465, ExcelDates.serial(LocalDate.of(9999, 12, 31)), "Excel's last day");
    }

    @Test
    void aTimeOfDayIsTheFractionOfTheDayGoneToTheSecond() {
        assertEquals("46280", ExcelDates.serial(LocalDateTime.of(2026, 9, 15, 0, 0)));
        assertEquals("46280.5", ExcelDates.serial(LocalDateTime.of(2026, 9, 15, 12, 0)));
        assertEquals(46_280 + 1.0 / 86_400, Double.parseDouble(ExcelDates.serial(
                LocalDateTime.of(2026, 9, 15, 0, 0, 1))), 1e-10);
    }

    @Test
    void aDayBefore1900IsWrittenAsTextNotAsAWrongDate() {
        assertFalse(ExcelDates.representable(LocalDate.of(1899, 12, 31)));
        assertTrue(ExcelDates.representable(ExcelDates.FIRST));
        XlsxWorkbook workbook = XlsxWorkbook.read(Workbooks.written("Old", List.of(Column.day("Born")),
                ReportLanguage.RU, "RUB", sheet -> sheet.row(Cell.day(LocalDate.of(1899, 12, 31)))));
        assertTrue(workbook.cell("A2").isText(), workbook.cell("A2").toString());
        assertEquals("1899-12-31", workbook.cell("A2").value());
    }
}

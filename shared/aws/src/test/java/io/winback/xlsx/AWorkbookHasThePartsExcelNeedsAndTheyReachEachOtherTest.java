package io.winback.xlsx;

import io.winback.report.ReportLanguage;
import io.winback.testing.XlsxWorkbook;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Excel checks before it shows a single cell: a zip whose parts are well-formed XML, each typed in
 * [Content_Types].xml, the package leading to the workbook, the workbook to its one sheet and its styles, each cell's
 * style defined. The reader ({@link XlsxWorkbook}) fails on any of it; then the sheet's name, its bold and frozen
 * header and its widths are as asked.
 */
class AWorkbookHasThePartsExcelNeedsAndTheyReachEachOtherTest {
    private final List<Column> columns = List.of(Column.text("Имя", 24), Column.text("Телефон", 16),
            Column.money("Потрачено"), Column.day("Последняя покупка"));

    @Test
    void everyPartIsWellFormedTypedAndReachedFromTheWorkbook() {
        byte[] file = Workbooks.written("Сегмент lapsed-60", columns, ReportLanguage.RU, "RUB",
                sheet -> sheet.row(Cell.text("Анна"), Cell.text("+79161234567")));
        XlsxWorkbook workbook = XlsxWorkbook.read(file);
        assertEquals(Set.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"), workbook.parts().keySet());
        assertEquals("Сегмент lapsed-60", workbook.sheetName());
        assertEquals(2, workbook.rows().size());
    }

    @Test
    void theHeaderIsBoldAndStaysInViewWhileScrolling() {
        XlsxWorkbook workbook = XlsxWorkbook.read(Workbooks.written("Members", columns, ReportLanguage.EN, "USD",
                sheet -> sheet.row(Cell.text("Ann"))));
        List<XlsxWorkbook.ReadCell> header = workbook.rows().get(0);
        assertEquals(List.of("Имя", "Телефон", "Потрачено", "Последняя покупка"),
                header.stream().map(XlsxWorkbook.ReadCell::value).toList());
        assertTrue(header.stream().allMatch(c -> c.bold() && c.isText()), header.toString());
        assertFalse(workbook.cell("A2").bold(), "only the header is bold");
        assertEquals("A2", workbook.frozenTopLeft(), "row 1 is frozen above the scrolling rows");
    }

    @Test
    void eachColumnIsWideEnoughForItsKindAndForItsHeader() {
        XlsxWorkbook workbook = XlsxWorkbook.read(Workbooks.written("Members", columns, ReportLanguage.RU, "RUB",
                sheet -> { }));
        List<Double> widths = workbook.columnWidths();
        assertEquals(4, widths.size());
        assertTrue(widths.get(0) >= 24, "a name has room for 24 characters: " + widths);
        assertTrue(widths.get(2) >= "1 234 567,89 ₽".length(), "an amount has room for millions: " + widths);
        assertTrue(widths.get(3) >= "Последняя покупка".length(), "a long header is not cut: " + widths);
        assertTrue(widths.stream().allMatch(w -> w <= Column.MAX_WIDTH), widths.toString());
    }

    @Test
    void aRowLongerThanTheHeaderIsRefusedNotWrittenPastIt() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Workbooks.written("x", List.of(Column.number("n")),
                        ReportLanguage.EN, "USD", sheet -> sheet.row(Cell.whole(1), Cell.whole(2))));
        assertTrue(refused.getMessage().contains("2 cells in a sheet of 1 columns"), refused.getMessage());
    }

    @Test
    void columnsPastZAreNamedAsExcelNamesThem() {
        assertEquals("A", XlsxWriter.letters(0));
        assertEquals("Z", XlsxWriter.letters(25));
        assertEquals("AA", XlsxWriter.letters(26));
        assertEquals("AZ", XlsxWriter.letters(51));
        assertEquals("BA", XlsxWriter.letters(52));
        assertEquals("XFD", XlsxWriter.letters(XlsxWriter.MAX_COLUMNS - 1));
    }
}

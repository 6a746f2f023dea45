package io.winback.xlsx;

import io.winback.report.ReportLanguage;
import io.winback.testing.XlsxWorkbook;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names come from tills: markup, quotes, a stray control character, a tab, emoji, spaces at the ends. Any one written
 * raw could make the whole file unreadable (XML 1.0 has no U+0001 at all); each is escaped so the file parses and the
 * cell reads back as the till sent it.
 */
class TextXmlCannotCarryIsEscapedAndReadsBackAsWrittenTest {
    private static String readBack(String text) {
        byte[] file = Workbooks.written("Names", List.of(Column.text("Name", 24)), ReportLanguage.RU, "RUB",
                sheet -> sheet.row(Cell.text(text)));
        return XlsxWorkbook.read(file).cell("A2").value();
    }

    @Test
    void markupAndQuotesAreText() {
        assertEquals("<b>Анна & \"Ко\"</b> > 'x'", readBack("<b>Анна & \"Ко\"</b> > 'x'"));
    }

    @Test
    void controlCharactersXmlForbidsAreWrittenAsExcelWritesThem() {
        assertEquals("a\u0001b\u001Fc\u0000d", readBack("a\u0001b\u001Fc\u0000d"));
        assertEquals("a_x0001_b", XmlText.of("a\u0001b"));
    }

    @Test
    void tabsLineBreaksAndCarriageReturnsSurvive() {
        assertEquals("line 1\r\nline 2\tend", readBack("line 1\r\nline 2\tend"));
    }

    @Test
    void textThatLooksLikeAnEscapeKeepsItsUnderscore() {
        assertEquals("_x0041_ and _x00_", readBack("_x0041_ and _x00_"));
    }

    @Test
    void spacesAtTheEndsAndCharactersBeyondTheBasicPlaneAreKept() {
        assertEquals("  Анна 🎉 ", readBack("  Анна 🎉 "));
    }

    @Test
    void aBrokenSurrogateBecomesTheReplacementCharacterNotABrokenFile() {
        assertEquals("a\uFFFDb", readBack("a\uD800b"));
    }

    @Test
    void aSheetNamedWithMarkupIsEscapedInTheWorkbook() {
        byte[] file = Workbooks.written("R&D <\"top\">", List.of(Column.text("Name", 10)), ReportLanguage.EN,
                "USD", sheet -> { });
        XlsxWorkbook workbook = XlsxWorkbook.read(file);
        assertEquals("R&D <\"top\">", workbook.sheetName());
        assertTrue(new String(workbook.parts().get("xl/workbook.xml"), StandardCharsets.UTF_8)
                .contains("R&amp;D &lt;&quot;top&quot;&gt;"));
    }
}

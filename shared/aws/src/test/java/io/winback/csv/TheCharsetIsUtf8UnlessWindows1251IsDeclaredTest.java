package io.winback.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TheCharsetIsUtf8UnlessWindows1251IsDeclaredTest {
    private static final String TEXT = "имя;сумма\r\nАнна;10\r\nЁжик;20\r\n";
    private static final byte[] CP1251 = TEXT.getBytes(Charset.forName("windows-1251"));

    @Test
    void aDeclaredWindows1251FileKeepsItsCyrillicWhateverTheNamesCase() {
        for (String name : new String[] {"windows-1251", "CP1251", "Windows-1251"}) {
            Table table = SpreadsheetCsv.read(CP1251, name);
            assertEquals(List.of("имя", "сумма"), table.header());
            assertEquals("Ёжик", table.rows().get(1).get("имя"));
        }
    }

    @Test
    void utf8IsReadWithoutItsByteOrderMarkEvenWhenWindows1251WasDeclared() {
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of("имя", "сумма"), SpreadsheetCsv.read(bom, null).header());
        assertEquals("Анна", SpreadsheetCsv.read(bom, "windows-1251").rows().getFirst().get("имя"),
                "the mark says UTF-8: read as 1251 every letter would turn into two wrong ones");
    }

    @Test
    void aWindows1251FileReadAsUtf8IsRefusedNamingTheLineAndTheCharsetToDeclare() {
        byte[] asciiHeader = ("name;total\r\n" + "Anna;10\r\n" + "Анна;20\r\n").getBytes(Charset.forName("windows-1251"));

        CsvUnreadable error = assertThrows(CsvUnreadable.class, () -> SpreadsheetCsv.read(asciiHeader, null));

        assertEquals(CsvUnreadable.Reason.NOT_UTF8, error.reason());
        assertEquals(3, error.line());
        assertTrue(error.getMessage().startsWith("line 3 is not UTF-8 text (byte 0xC0)")
                && error.getMessage().contains("declare the encoding windows-1251"), error.getMessage());
    }

    @Test
    void anUnknownCharsetNameIsRefusedSayingWhichAreRead() {
        CsvUnreadable error = assertThrows(CsvUnreadable.class, () -> SpreadsheetCsv.read(CP1251, "koi8-r"));

        assertEquals(CsvUnreadable.Reason.UNKNOWN_CHARSET, error.reason());
        assertEquals("unknown encoding 'koi8-r': a CSV is read as utf-8 or windows-1251 (cp1251)", error.getMessage());
    }
}

package io.winback.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AQuotedFieldHoldingASemicolonAndALineBreakSurvivesTest {

    private static Table read(String text) {
        return SpreadsheetCsv.read(text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void theQuotedValueKeepsItsSemicolonLineBreakAndQuotesAndTheNextRowKnowsItsLine() {
        Table table = read("name;note;total\r\n"
                + "\"Иванова; Анна\";\"первая строка\r\nвторая \"\"в кавычках\"\"\";1 234,50\r\n"
                + "\r\n"
                + "Петров;;10\r\n"
                + ";;\r\n");

        assertEquals(List.of("name", "note", "total"), table.header());
        assertEquals(2, table.rows().size(), "the empty line and the empty ';;' row are left out");
        Row first = table.rows().get(0);
        assertEquals(2, first.line());
        assertEquals("Иванова; Анна", first.get("name"));
        assertEquals("первая строка\r\nвторая \"в кавычках\"", first.get("note"));
        assertEquals("1 234,50", first.get("total"));
        Row second = table.rows().get(1);
        assertEquals(5, second.line(), "the quoted line break and the empty line are counted");
        assertEquals("Петров", second.get("name"));
        assertEquals("", second.get("note"));
    }

    @Test
    void theSeparatorIsTheOneThatCutsTheHeaderIntoTheMostColumnsOutsideQuotes() {
        assertEquals(List.of("a,b", "c", "d"), read("\"a,b\";c;d\n1,5;2;3\n").header());
        assertEquals("1,5", read("\"a,b\";c;d\n1,5;2;3\n").rows().getFirst().get("a,b"));
        assertEquals(List.of("saleId", "total"), read("saleId,total\ns-1,100.50\n").header());
        assertEquals(List.of("saleId", "total"), read("saleId\ttotal\ns-1\t100,50\n").header());
        assertEquals("100,50", read("saleId\ttotal\ns-1\t100,50\n").rows().getFirst().get("total"));
        assertEquals(List.of("customerId"), read("customerId\nC-1\n").header());
    }

    @Test
    void aRowShorterThanTheHeaderReadsEmptyCellsAndAnUnknownColumnIsAnError() {
        Row row = read("a;b;c\r\n1;2\r\n").rows().getFirst();

        assertEquals(List.of("1", "2"), row.values());
        assertEquals("", row.get("c"));
        assertThrows(IllegalArgumentException.class, () -> row.get("d"));
    }

    @Test
    void aQuoteThatNeverClosesStopsTheReadNamingTheLineItOpensOn() {
        CsvUnreadable error = assertThrows(CsvUnreadable.class,
                () -> read("a;b\r\n1;2\r\n\"3;4\r\n5;6\r\n"));

        assertEquals(CsvUnreadable.Reason.BROKEN_QUOTES, error.reason());
        assertEquals(3, error.line(), error.getMessage());
    }
}

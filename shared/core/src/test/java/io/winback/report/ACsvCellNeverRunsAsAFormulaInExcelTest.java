package io.winback.report;

import io.winback.testing.CsvRows;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ACsvCellNeverRunsAsAFormulaInExcelTest {

    @Test
    void textStartingAsAFormulaIsShownNotRunAndPhonesStayText() {
        CsvWriter csv = new CsvWriter(ReportLanguage.RU);
        csv.row("=HYPERLINK(\"http://evil\";\"Click\")", "+79161234567", "@SUM(A1)", "-1", "Анна");
        assertEquals(List.of(List.of("'=HYPERLINK(\"http://evil\";\"Click\")", "'+79161234567", "'@SUM(A1)", "'-1",
                "Анна")), CsvRows.parse(csv.text(), ';'));
    }

    @Test
    void numbersStayNumbersNegativeOnesToo() {
        CsvWriter csv = new CsvWriter(ReportLanguage.RU);
        csv.row(new BigDecimal("-13.37"), 42L, true, null);
        assertEquals(List.of(List.of("-13,37", "42", "да", "")), CsvRows.parse(csv.text(), ';'));
    }
}

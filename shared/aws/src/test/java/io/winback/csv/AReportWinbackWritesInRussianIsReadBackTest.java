package io.winback.csv;

import io.winback.money.Money;
import io.winback.report.CsvWriter;
import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the reports API sends as ?format=csv&lang=ru (CsvWriter's text as UTF-8) reads back cell for cell. */
class AReportWinbackWritesInRussianIsReadBackTest {

    @Test
    void everyCellOfARuReportReadsBackAsWritten() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-06T10:15:00+03:00");
        CsvWriter written = new CsvWriter(ReportLanguage.RU)
                .header(List.of("Клиент", "Телефон", "Сумма", "Доля", "Когда", "Заметка"))
                .row("Иванова; Анна", "+79161234567", Money.of("1234.50"), new BigDecimal("0.125"), at,
                        "сказала \"позже\"\nперезвонить");
        byte[] sent = written.text().getBytes(StandardCharsets.UTF_8);

        Table table = SpreadsheetCsv.read(sent, null);

        assertEquals(List.of("Клиент", "Телефон", "Сумма", "Доля", "Когда", "Заметка"), table.header());
        Row row = table.rows().getFirst();
        assertEquals(2, row.line());
        assertEquals("Иванова; Анна", row.get("Клиент"));
        assertEquals("+79161234567", row.get("Телефон"), "the formula guard the report puts before + is dropped");
        assertEquals(new BigDecimal("1234.50"), SpreadsheetNumbers.parse(row.get("Сумма")));
        assertEquals(new BigDecimal("0.125"), SpreadsheetNumbers.parse(row.get("Доля")));
        assertEquals(at, SpreadsheetDates.parse(row.get("Когда"), ZoneId.of("Asia/Novosibirsk")));
        assertEquals("сказала \"позже\"\nперезвонить", row.get("Заметка"));
    }
}

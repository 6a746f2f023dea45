package io.winback.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;
import io.winback.money.Money;
import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second reader that is not ours: openpyxl, the Python library that reads .xlsx as Excel writes them, opens the
 * file and sees each cell with its own type (a phone a str, money a number with the currency format, a day a
 * datetime), the bold header and the frozen pane. Skipped, saying so, on a machine without Python and openpyxl.
 */
class OpenpyxlReadsTheWorkbookBackTest {
    private static final String READER = """
            import json, sys, datetime, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.active
            def cell(c):
                v = c.value
                kind = type(v).__name__
                if isinstance(v, datetime.datetime):
                    v = v.isoformat()
                return {"type": kind, "value": v, "format": c.number_format, "bold": bool(c.font.b)}
            print(json.dumps({"title": ws.title, "freeze": ws.freeze_panes,
                              "rows": [[cell(c) for c in row] for row in ws.iter_rows()]}))
            """;

    @TempDir
    Path folder;

    @Test
    void openpyxlSeesTheSameTypedCellsAsExcelWould() throws Exception {
        Optional<String> python = pythonWithOpenpyxl();
        Assumptions.assumeTrue(python.isPresent(), "skipped: no python3 with openpyxl on this machine"
                + " (apt-get install python3-openpyxl, or pip install openpyxl, to run this reader too)");
        byte[] file = Workbooks.written("Сегмент: лучшие", List.of(Column.text("Телефон", 16),
                        Column.number("Покупок"), Column.money("Потрачено"), Column.day("Последняя покупка"),
                        Column.moment("Отправлено"), Column.text("Имя", 20)), ReportLanguage.RU, "RUB",
                sheet -> sheet.row(Cell.text("+79161234567"), Cell.whole(3), Cell.money(Money.of("1234.50")),
                        Cell.day(LocalDate.of(2026, 9, 15)), Cell.moment(LocalDateTime.of(2026, 9, 15, 18, 30)),
                        Cell.text("Анна & <Ко>\u0001")));
        Path xlsx = folder.resolve("members.xlsx");
        Files.write(xlsx, file);
        Path script = folder.resolve("read.py");
        Files.writeString(script, READER);
        Process process = new ProcessBuilder(python.get(), script.toString(), xlsx.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
        JsonNode read = Json.readTree(output);

        assertEquals("Сегмент_ лучшие", read.get("title").asText());
        assertEquals("A2", read.get("freeze").asText());
        JsonNode header = read.at("/rows/0");
        assertEquals("Телефон", header.at("/0/value").asText());
        assertEquals(true, header.at("/0/bold").asBoolean());
        JsonNode row = read.at("/rows/1");
        assertEquals("str", row.at("/0/type").asText());
        assertEquals("+79161234567", row.at("/0/value").asText());
        assertEquals("int", row.at("/1/type").asText());
        assertEquals(3, row.at("/1/value").asInt());
        assertEquals(1234.5, row.at("/2/value").asDouble(), 1e-9);
        assertEquals("#,##0.00 \"₽\"", row.at("/2/format").asText());
        assertEquals("datetime", row.at("/3/type").asText(), "a day is a date to openpyxl, from its serial");
        assertEquals("2026-09-15T00:00:00", row.at("/3/value").asText());
        assertEquals("dd.mm.yyyy", row.at("/3/format").asText());
        assertEquals("2026-09-15T18:30:00", row.at("/4/value").asText());
        assertEquals(false, row.at("/0/bold").asBoolean());
        assertEquals("str", row.at("/5/type").asText());
        // openpyxl leaves Excel's _x0001_ as it stands (Excel turns it back into the character): the markup is text.
        assertTrue(row.at("/5/value").asText().startsWith("Анна & <Ко>"), row.at("/5").toString());
    }

    /** python3 from the PATH, or the system's, whichever has openpyxl. */
    private static Optional<String> pythonWithOpenpyxl() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import openpyxl").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return Optional.empty();
    }
}

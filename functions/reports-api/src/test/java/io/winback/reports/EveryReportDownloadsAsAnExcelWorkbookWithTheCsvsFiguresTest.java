package io.winback.reports;

import io.winback.testing.CsvRows;
import io.winback.testing.XlsxWorkbook;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code format=xlsx} answers every report the CSV answers, as a workbook of the same rows: the same header and
 * figures, numbers as numbers (a discount sums in Excel), days as dates, the file named as the CSV is.
 */
class EveryReportDownloadsAsAnExcelWorkbookWithTheCsvsFiguresTest {
    private final ReportsFixture fixture = new ReportsFixture()
            .purchase("C-1", "moscow-1", "2026-10-01", "500", "0", "50")
            .purchase("C-2", "moscow-1", "2026-10-02", "1200.50", "100", "0")
            .purchase("C-1", "moscow-2", "2026-10-05", "300", "0", "25");

    @Test
    void theDiscountsWorkbookHoldsTheCsvsRowsWithNumbersAndDates() {
        Map<String, String> period = Map.of("from", "2026-10-01", "to", "2026-10-31");
        List<List<String>> csv = CsvRows.parse(download("/v1/reports/discounts", period, "csv").getBody(), ';');
        var answer = download("/v1/reports/discounts", period, "xlsx");
        assertEquals(200, answer.getStatusCode(), answer.getBody());
        assertTrue(answer.getIsBase64Encoded(), "a workbook goes out as bytes");
        assertEquals("attachment; filename=\"discounts-2026-10-01-2026-10-31.xlsx\"",
                answer.getHeaders().get("content-disposition"));
        XlsxWorkbook book = XlsxWorkbook.read(Base64.getDecoder().decode(answer.getBody()));
        List<List<XlsxWorkbook.ReadCell>> rows = book.rows();
        assertEquals(csv.size(), rows.size(), "as many rows as the CSV");
        assertEquals(csv.getFirst(), rows.getFirst().stream().map(XlsxWorkbook.ReadCell::value).toList(),
                "the CSV's header");
        int numbers = 0;
        for (int r = 1; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                XlsxWorkbook.ReadCell cell = rows.get(r).get(c);
                String csvCell = csv.get(r).get(c);
                if (cell.isNumber() && !csvCell.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
                    assertEquals(0, new BigDecimal(csvCell.replace(',', '.').replace(" ", ""))
                            .compareTo(new BigDecimal(cell.value())), "row " + r + " column " + c);
                    numbers++;
                }
            }
        }
        assertTrue(numbers > 5, "figures are numbers in the workbook: " + numbers);
    }

    @Test
    void everyReportWithACsvHasAWorkbook() {
        List<String> failed = new ArrayList<>();
        Map<String, Map<String, String>> reports = Map.of(
                "/v1/reports/metrics", Map.of("from", "2026-10-01", "to", "2026-10-31"),
                "/v1/reports/discounts", Map.of("from", "2026-10-01", "to", "2026-10-31"),
                "/v1/reports/reactivation", Map.of("from", "2026-10-01", "to", "2026-10-31"),
                "/v1/reports/buyers", Map.of("from", "2026-10-01", "to", "2026-10-31", "group", "group-1"),
                "/v1/reports/sleeping", Map.of("on", "2026-12-10"),
                "/v1/reports/segments", Map.of(),
                "/v1/reports/cycles", Map.of());
        reports.forEach((path, query) -> {
            var answer = download(path, query, "xlsx");
            if (answer.getStatusCode() != 200 || !answer.getIsBase64Encoded()) {
                failed.add(path + " " + answer.getStatusCode() + " " + answer.getBody());
            } else {
                XlsxWorkbook.read(Base64.getDecoder().decode(answer.getBody()));
            }
        });
        assertEquals(List.of(), failed);
    }

    private com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse download(String path,
                                                                                         Map<String, String> query,
                                                                                         String format) {
        Map<String, String> asked = new HashMap<>(query);
        asked.put("format", format);
        return fixture.call("GET", path, asked, "Bearer " + ReportsFixture.TOKEN);
    }
}

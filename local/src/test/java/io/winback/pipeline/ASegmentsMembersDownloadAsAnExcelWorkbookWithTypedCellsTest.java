package io.winback.pipeline;

import io.winback.testing.XlsxWorkbook;
import io.winback.testing.XlsxWorkbook.ReadCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner downloads a segment's members for Excel ({@code ?format=xlsx}) from the local system: the real chains
 * handler on DynamoDB Local, answered through the API stand-in as API Gateway answers a binary body. The workbook has
 * the CSV's columns, typed: the phone is text as typed, with no apostrophe; the amount spent a number in roubles; the
 * last purchase a real date; contacts only where the customer consented.
 */
class ASegmentsMembersDownloadAsAnExcelWorkbookWithTypedCellsTest {
    private static final OffsetDateTime TODAY = OffsetDateTime.parse("2026-11-25T10:00:00+03:00");
    private final LocalScenario scenario;
    private final WinbackClient client;

    ASegmentsMembersDownloadAsAnExcelWorkbookWithTypedCellsTest() throws Exception {
        scenario = new LocalScenario(getClass(), TODAY);
        client = scenario.client;
    }

    @AfterEach
    void stop() {
        scenario.close();
    }

    @Test
    void theMembersComeAsAWorkbookWithAPhoneAsTextMoneyInRoublesAndRealDates() throws Exception {
        post("""
                {"saleId":"s-1","storeId":"store-1","occurredAt":"2026-09-15T12:00:00+03:00",
                 "customer":{"id":"C-1","phone":"+79161234567","email":"anna@example.com","name":"Анна",
                             "consent":{"sms":true,"email":false}},
                 "total":1500.00}""",
                WinbackClient.sale("s-2", "C-2", "2026-10-01T12:00:00+03:00", "2000.00"));
        define("""
                {"id": "big-spenders", "name": "Потратили от 1 000", "conditions":
                 {"field": "spent", "op": ">=", "value": 1000}}""");

        HttpResponse<byte[]> download = client.download("/v1/segments/big-spenders/members?format=xlsx&lang=ru");
        assertEquals(200, download.statusCode(), new String(download.body(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                download.headers().firstValue("content-type").orElse(""));
        assertEquals("attachment; filename=\"segment-big-spenders.xlsx\"",
                download.headers().firstValue("content-disposition").orElse(""));
        XlsxWorkbook workbook = XlsxWorkbook.read(download.body());

        assertEquals("Сегмент big-spenders", workbook.sheetName());
        assertEquals(List.of("Ключ клиента", "Имя", "Телефон", "Эл. почта", "Сегмент", "Последняя покупка",
                "Потрачено", "В сегменте с"), workbook.rows().get(0).stream().map(ReadCell::value).toList());
        assertEquals("A2", workbook.frozenTopLeft());
        assertEquals(3, workbook.rows().size(), "the header and two members");
        int anna = workbook.cell("A2").value().equals("C-1") ? 2 : 3;
        ReadCell phone = workbook.cell("C" + anna);
        assertEquals("inlineStr", phone.type());
        assertEquals("+79161234567", phone.value(), "text as typed: no apostrophe, no number");
        assertNull(workbook.cell("D" + anna), "no email: Anna consented to SMS only");
        assertEquals("Анна", workbook.cell("B" + anna).value());
        ReadCell last = workbook.cell("F" + anna);
        assertTrue(last.isNumber(), last.toString());
        assertEquals(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.of(2026, 9, 15)),
                Long.parseLong(last.value()), "15.09.2026 as Excel's day serial");
        assertEquals("dd.mm.yyyy", last.numberFormat());
        ReadCell spent = workbook.cell("G" + anna);
        assertTrue(spent.isNumber(), spent.toString());
        assertEquals(0, new BigDecimal("1500").compareTo(new BigDecimal(spent.value())));
        assertEquals("#,##0.00 \"₽\"", spent.numberFormat());
        ReadCell since = workbook.cell("H" + anna);
        assertEquals(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), TODAY.toLocalDate()),
                Long.parseLong(since.value()), "in the segment since today");
        int boris = 5 - anna;
        assertEquals("C-2", workbook.cell("A" + boris).value());
        assertNull(workbook.cell("C" + boris), "no phone without consent");
        assertEquals(0, new BigDecimal("2000").compareTo(new BigDecimal(workbook.cell("G" + boris).value())));
    }

    @Test
    void inEnglishTheHeadersAndDaysAreEnglishAndALongListGoesOnByCursor() throws Exception {
        post(WinbackClient.sale("s-1", "C-1", "2026-09-15T12:00:00+03:00", "1500.00"),
                WinbackClient.sale("s-2", "C-2", "2026-10-01T12:00:00+03:00", "2000.00"));
        define("""
                {"id": "big-spenders", "name": "Big spenders", "conditions":
                 {"field": "spent", "op": ">=", "value": 1000}}""");

        HttpResponse<byte[]> first = client.download("/v1/segments/big-spenders/members?format=xlsx&lang=en&limit=1");
        assertEquals(200, first.statusCode(), new String(first.body(), StandardCharsets.UTF_8));
        XlsxWorkbook page = XlsxWorkbook.read(first.body());
        assertEquals("Segment big-spenders", page.sheetName());
        assertEquals("Customer key", page.cell("A1").value());
        assertEquals("yyyy-mm-dd", page.cell("F2").numberFormat());
        assertEquals(2, page.rows().size(), "one member a page");
        String cursor = first.headers().firstValue("x-next-cursor").orElseThrow();
        HttpResponse<byte[]> second = client.download("/v1/segments/big-spenders/members?format=xlsx&lang=en&limit=1"
                + "&cursor=" + cursor);
        XlsxWorkbook next = XlsxWorkbook.read(second.body());
        assertEquals(2, next.rows().size());
        assertTrue(!next.cell("A2").value().equals(page.cell("A2").value()), "the next page has the other member");
    }

    @Test
    void aFormatThereIsNoneOfIsRefusedNamingTheThree() throws Exception {
        define("""
                {"id": "anyone", "name": "Anyone", "conditions": {"field": "spent", "op": ">=", "value": 0}}""");
        WinbackClient.Answer refused = client.getAuthorized("/v1/segments/anyone/members?format=pdf");
        assertEquals(400, refused.status(), String.valueOf(refused.body()));
        assertEquals("must be json, csv or xlsx", refused.body().at("/errors/0/message").asText());
    }

    /** A segment defined and filled. */
    private void define(String segment) throws Exception {
        scenario.define(segment);
        scenario.drain();
    }

    /** Sales posted and delivered to the customers' stats. */
    private void post(String... sales) throws Exception {
        scenario.post(sales);
        scenario.drain();
    }
}

package io.winback.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Five customers bought coffee or tea, some long ago; the clock is pinned on 7 December 2026. In headless Chromium,
 * clicking as a person does, the owner opens Segments, builds "coffee, a while ago" from three rows (30 days or more
 * since the last purchase, coffee within a year, 1 000 or more spent), forgets a comparison and is told so at that
 * row, counts (2 customers now, before anything is saved), saves, and once the fill has run sees the segment in the
 * list and on its page with its 2 members. Every page fits 390 px without sideways scroll; screenshots are saved as
 * local/target/console/segments*.png.
 */
class TheOwnerBuildsASegmentAndCountsItBeforeSavingTest {
    private static final Path SHOTS = Path.of("target", "console");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T10:00:00+03:00");

    @Test
    void theOwnerCountsTheSegmentBeforeSavingItAndFindsItFilled(@TempDir Path work) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find();
        try (LocalScenario scenario = new LocalScenario(getClass(), NOW);
             BrowserSession browser = chromium.session(work)) {
            // C-1 and C-5 match; C-2 was here 17 days ago, C-3 bought tea, C-4 spent too little.
            scenario.post(sale("s-1", "C-1", "2026-09-01", "coffee", "1500.00"),
                    sale("s-2", "C-2", "2026-11-20", "coffee", "2000.00"),
                    sale("s-3", "C-3", "2026-08-01", "tea", "3000.00"),
                    sale("s-4", "C-4", "2026-08-15", "coffee", "500.00"),
                    sale("s-5", "C-5", "2026-10-01", "coffee", "1200.00"));
            scenario.drain();
            awaitCustomer(scenario.system.baseUrl(), "C-5");
            String base = scenario.system.baseUrl().toString();

            browser.viewport(1280, 900, false);
            browser.open(base + "/console/segments");
            browser.type("#token", WinbackClient.TOKEN);
            browser.clickAndWait("button[type=submit].primary");
            browser.clickAndWait("nav a[href='/console/segments']");
            assertTrue(browser.text("main").contains("Сегментов пока нет"), browser.text("main"));

            browser.type("#id", "coffee-lapsed");
            browser.type("#name", "Кофе, давно не были");
            row(browser, 0, "daysSinceLastPurchase", ">=", "30", "");
            row(browser, 1, "boughtGroup", "=", "coffee", "365");
            row(browser, 2, "spent", "", "1 000", "");
            browser.clickAndWait("button[formaction='/console/segments/count']");
            String mistake = browser.text("#row2");
            assertTrue(mistake.contains("Условие 3, сравнение: нужно одно из"), "at its row: " + mistake);
            assertEquals(null, browser.text("#row0 .field-problem"), "the other rows are fine");
            assertEquals("coffee", value(browser, "input[name=value1]"), "the entries are kept");
            browser.screenshot(SHOTS.resolve("segments-mistake.png"));

            browser.evaluate("document.querySelector('select[name=op2]').value = '>='");
            browser.clickAndWait("button[formaction='/console/segments/count']");
            assertEquals("Подходят сейчас: 2 клиента из 5.", browser.text("p.counted"));
            assertEquals(404, status(scenario.system.baseUrl(), "/v1/segments/coffee-lapsed"), "nothing saved yet");
            browser.screenshot(SHOTS.resolve("segments-count.png"));
            browser.viewport(390, 844, true);
            browser.open(browser.url());
            assertFalse(browser.scrollsSideways(), "the builder fits a phone");
            browser.viewport(1280, 900, false);
            browser.open(base + "/console/segments");

            row(browser, 0, "daysSinceLastPurchase", ">=", "30", "");
            row(browser, 1, "boughtGroup", "=", "coffee", "365");
            row(browser, 2, "spent", ">=", "1 000", "");
            browser.type("#id", "coffee-lapsed");
            browser.type("#name", "Кофе, давно не были");
            browser.clickAndWait("form.builder button.primary");
            assertTrue(browser.url().endsWith("/console/segments/coffee-lapsed"), browser.url());
            scenario.drain();
            browser.open(browser.url());
            assertEquals("2 клиента", browser.text("dd.members"), "the fill made what the count said");
            assertTrue(browser.text("ul.conditions").contains("покупал группу «coffee» за последние 365 дней"),
                    browser.text("ul.conditions"));
            browser.screenshot(SHOTS.resolve("segments-one.png"));
            browser.viewport(390, 844, true);
            browser.open(browser.url());
            assertFalse(browser.scrollsSideways(), "the segment's page fits a phone");
            browser.screenshot(SHOTS.resolve("segments-one-390.png"));

            browser.open(base + "/console/segments");
            String list = browser.text("table.segments");
            assertTrue(list.contains("Кофе, давно не были") && list.contains("coffee-lapsed")
                    && list.contains("2 клиента"), list);
            assertFalse(browser.scrollsSideways(), "the list and the builder fit a phone");
            browser.screenshot(SHOTS.resolve("segments-390.png"));
        }
    }

    private static void row(BrowserSession browser, int row, String field, String op, String value, String days)
            throws Exception {
        browser.evaluate("document.querySelector('select[name=field" + row + "]').value = '" + field + "'");
        browser.evaluate("document.querySelector('select[name=op" + row + "]').value = '" + op + "'");
        browser.type("input[name=value" + row + "]", value);
        browser.type("input[name=days" + row + "]", days);
    }

    private static String value(BrowserSession browser, String selector) throws Exception {
        return browser.evaluate("document.querySelector(\"" + selector + "\").value").asText();
    }

    private static String sale(String saleId, String customerId, String day, String group, String total) {
        return """
                {"saleId":"%s","storeId":"moscow-1","occurredAt":"%sT12:00:00+03:00","customer":{"id":"%s"},
                 "lines":[{"sku":"%s-1","group":"%s","quantity":1,"price":%s}],"total":%s}"""
                .formatted(saleId, day, customerId, group, group, total, total);
    }

    private static int status(URI base, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + WinbackClient.TOKEN).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** The stats function saves the cards from the Sales stream, a moment after the sales are accepted. */
    private static void awaitCustomer(URI base, String customerId) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (status(base, "/v1/customers/" + customerId) != 200) {
            assertTrue(System.nanoTime() < deadline, customerId + " never got a card");
            Thread.sleep(200);
        }
    }
}

package io.winback.pipeline;

import io.winback.chain.Holdout;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forty one-time buyers of 1 September, half of them held out, fall asleep on 6 November and get the first SMS; ten
 * of them come back on Monday 9 November. The dashboard, opened in headless Chromium with the API token as the
 * password, opens with the money (revenue won back) and the data's last day, then draws the funnel, the revenue won back
 * and the segments with the numbers worked out here from the seed.
 */
class TheOwnerSeesTheDashboardInABrowserTest {
    private static final Pattern MARK = Pattern.compile("data-label=\"([^\"]*)\" data-value=\"([^\"]*)\"");
    private static final int CUSTOMERS = 40;
    private static final int CAME_BACK = 10;

    @Test
    void theChartsShowTheSeededCampaignAndSegments(@TempDir Path work) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find();
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, WinbackClient.SECRET,
                WinbackConfig.API_TOKENS, WinbackClient.TOKEN, WinbackConfig.HOLDOUT_PERCENT, "50",
                WinbackConfig.EMAIL_FROM, "shop@winback.example",
                WinbackConfig.UNSUBSCRIBE_SECRETS, "dashboard-unsubscribe-secret"));
        Holdout holdout = config.chains().holdout();
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            WinbackClient client = new WinbackClient(system.baseUrl());
            List<String> firstVisits = new ArrayList<>();
            for (int i = 1; i <= CUSTOMERS; i++) {
                firstVisits.add(sale("S-" + i, id(i), "2026-09-01T12:00:00+03:00", "1000.00"));
            }
            assertEquals(200, client.postSales(firstVisits.toArray(String[]::new)).status());
            post(system, "/local/schedule/sleeping-check", "{\"time\":\"2026-11-06T10:00:00+03:00\"}");
            List<String> returns = new ArrayList<>();
            for (int i = 1; i <= CAME_BACK; i++) {
                returns.add(sale("B-" + i, id(i), "2026-11-09T12:00:00+03:00", "800.00"));
            }
            assertEquals(200, client.postSales(returns.toArray(String[]::new)).status());
            post(system, "/local/schedule/sleeping-check", "{\"time\":\"2026-11-13T10:00:00+03:00\"}");
            post(system, "/local/schedule/segments-job", "{\"time\":\"2026-11-14T10:30:00+03:00\"}");

            long held = count(1, CUSTOMERS, holdout);
            long heldAndBack = count(1, CAME_BACK, holdout);
            assertTrue(held > 0 && held < CUSTOMERS, "both groups have customers: " + held);
            long treatedBack = CAME_BACK - heldAndBack;

            String url = "http://owner:" + WinbackClient.TOKEN + "@127.0.0.1:" + system.baseUrl().getPort()
                    + "/dashboard?from=2026-11-01&to=2026-11-30&lang=en";
            String dom = chromium.dumpDom(url, work);
            Map<String, String> marks = marks(dom);

            assertEquals(Long.toString(CUSTOMERS - held), marks.get("Entered · Treated"), dom);
            assertEquals(Long.toString(CUSTOMERS - held), marks.get("Messaged · Treated"), "every treated got the SMS");
            assertEquals(Long.toString(treatedBack), marks.get("Came back · Treated"));
            assertEquals(Long.toString(held), marks.get("Entered · Holdout"));
            assertEquals("0", marks.get("Messaged · Holdout"), "the holdout gets nothing");
            assertEquals(Long.toString(heldAndBack), marks.get("Came back · Holdout"));
            assertEquals(0, new java.math.BigDecimal(800 * treatedBack).compareTo(
                    new java.math.BigDecimal(marks.get("9 Nov 2026"))), "revenue won back in the week of 9 November");
            // By segment: those who came back have bought twice.
            assertEquals(Integer.toString(CUSTOMERS - CAME_BACK), marks.get("1"));
            assertEquals(Integer.toString(CAME_BACK), marks.get("2-3"));
            assertTrue(dom.contains("<tr><td>Active</td><td>" + CAME_BACK + "</td></tr>"), "standing in the table");
            assertTrue(dom.contains("<tr><td>Sleeping</td><td>" + (CUSTOMERS - CAME_BACK) + "</td></tr>"));
            assertTrue(dom.contains("<tr><td>Lost</td><td>0</td></tr>"));
            long gridTotal = marks.entrySet().stream().filter(e -> e.getKey().matches("R\\d F\\d"))
                    .mapToLong(e -> Long.parseLong(e.getValue())).sum();
            assertEquals(CUSTOMERS, gridTotal, "every customer bought and none is lost: all are in the R×F grid");
            assertTrue(dom.contains("Uplift in coming back:"), "the uplift is stated in words");
            assertTrue(dom.contains("<tr><td>sleep-1</td><td>" + (CUSTOMERS - held) + "</td><td>"
                    + (CUSTOMERS - held) + "</td><td>" + treatedBack + "</td><td>" + held + "</td><td>"
                    + heldAndBack + "</td>"), "the chain's own row, by chain: " + dom);

            // Money first: the revenue of the treated who came back; and the data's last day (the second check on
            // 13 November took the chain's second step) is said before everything, for it is not the period's end.
            assertTrue(dom.indexOf("id=\"money\"") < dom.indexOf("id=\"funnel\""), "money before the charts");
            assertTrue(dom.contains("<tr><th>Revenue won back</th><td>RUB " + String.format(java.util.Locale.ROOT,
                    "%,d", 800 * treatedBack) + "</td></tr>"), dom);
            assertTrue(dom.contains("Data as of 13 Nov 2026: nothing happened after that day up to the period's end"),
                    dom);
            assertTrue(dom.contains("<details><summary>Statistics</summary>"), "the statistics a click away");
            Path png = Path.of("target", "dashboard.png");
            chromium.screenshot(url, png, work);
            assertTrue(Files.size(png) > 10_000, "a screenshot with something drawn on it: " + Files.size(png));
        }
    }

    private static String id(int i) {
        return "D-%02d".formatted(i);
    }

    private static long count(int from, int to, Holdout holdout) {
        long n = 0;
        for (int i = from; i <= to; i++) {
            n += holdout.contains(id(i)) ? 1 : 0;
        }
        return n;
    }

    private static String sale(String saleId, String customerId, String occurredAt, String total) {
        return """
                {"saleId":"%s","storeId":"store-1","occurredAt":"%s","customer":{"id":"%s","phone":"+7900%07d",\
                "consent":{"sms":true}},"total":%s}""".formatted(saleId, occurredAt, customerId,
                Integer.parseInt(customerId.substring(2)), total);
    }

    private static void post(LocalSystem system, String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        system.baseUrl().resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        Json.readTree(response.body());
    }

    private static Map<String, String> marks(String dom) {
        Map<String, String> marks = new LinkedHashMap<>();
        Matcher m = MARK.matcher(dom);
        while (m.find()) {
            marks.put(m.group(1).replace("&amp;", "&"), m.group(2));
        }
        return marks;
    }
}

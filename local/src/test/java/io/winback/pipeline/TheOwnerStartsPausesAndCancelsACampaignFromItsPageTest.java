package io.winback.pipeline;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On 7 December the owner, who defined the segment "coffee-lapsed" through the API, opens Campaigns in the console
 * (headless Chromium, clicking as a person does) and creates "coffee-win" for 10 December 11:00: first with a bonus
 * above MaxBonus, refused beside the bonus field with everything typed kept and nothing stored; then with 150. On its
 * page they pause it and resume it. "tea-win", for 8 December 09:00, is started by the check of 8 December: its page
 * offers no cancel, only pause. They cancel "coffee-win" before its start. The list shows both, newest start first.
 * Every page fits 390 px without sideways scroll; screenshots under local/target/console/campaigns*.png. The clock
 * is fixed (the check runs at the time it is given).
 */
class TheOwnerStartsPausesAndCancelsACampaignFromItsPageTest {
    private static final String OWNER = "campaign-owner-token";
    private static final Path SHOTS = Path.of("target", "console");

    @Test
    void theOwnerMakesPausesAndCancelsCampaignsOnTheirPages(@TempDir Path work) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find();
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, WinbackClient.SECRET,
                WinbackConfig.API_TOKENS, WinbackClient.TOKEN + ",owner:" + OWNER,
                WinbackConfig.UNSUBSCRIBE_SECRETS, "campaign-unsubscribe-secret"));
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.fixed(Instant.parse("2026-12-07T07:00:00Z"), ZoneOffset.UTC), CapacityMeter.NONE, 0);
             BrowserSession browser = chromium.session(work)) {
            URI api = system.baseUrl();
            assertEquals(201, call(api, "POST", "/v1/segments",
                    "{\"id\":\"coffee-lapsed\",\"name\":\"Кофе\",\"type\":\"static\"}").statusCode());
            String base = api.toString();

            browser.viewport(1280, 900, false);
            browser.open(base + "/console/sign-in");
            browser.type("#token", OWNER);
            browser.clickAndWait("button[type=submit].primary");
            browser.clickAndWait("header nav a[href='/console/campaigns']");
            assertTrue(browser.text("main").contains("Кампаний пока нет"), browser.text("main"));

            fill(browser, "coffee-win", "Кофе: возвращаем", "2026-12-10T11:00", "5000");
            browser.clickAndWait("form.campaign button[type=submit]");
            assertTrue(browser.text("#bonusAmount-error").contains("больше 1000 — наибольшего бонуса"),
                    "the mistake beside its field: " + browser.text("main"));
            assertEquals("Кофе: возвращаем", browser.evaluate("document.querySelector('#name').value").asText(),
                    "what was typed is kept");
            assertEquals("coffee-lapsed", browser.evaluate("document.querySelector('#segment').value").asText());
            assertTrue(browser.text(".sms-parts").contains("(UCS-2, "), "the text's parts under it");
            assertEquals(0, campaigns(api).size(), "nothing stored");
            browser.screenshot(SHOTS.resolve("campaigns-error.png"));
            browser.viewport(390, 844, true);
            browser.open(browser.url());
            assertFalse(browser.scrollsSideways(), "the form fits a phone");

            browser.viewport(1280, 900, false);
            browser.open(base + "/console/campaigns");
            fill(browser, "coffee-win", "Кофе: возвращаем", "2026-12-10T11:00", "150");
            browser.clickAndWait("form.campaign button[type=submit]");
            assertTrue(browser.url().endsWith("/console/campaigns/coffee-win"), browser.url());
            assertEquals("Кофе: возвращаем", browser.text("h1"));
            assertTrue(browser.text(".state").contains("запланирована"), browser.text(".state"));
            assertTrue(browser.text("main").contains("10.12.2026, 11:00") && browser.text("main")
                    .contains("150 ₽ на 14 дней"), browser.text("main"));
            assertEquals("2026-12-10T11:00+03:00", campaign(api, "coffee-win").path("at").asText(),
                    "read in the shop's time, stored as the API would");

            browser.clickAndWait("button[value=pause]");
            assertTrue(browser.text(".state").contains("на паузе"), browser.text(".state"));
            assertEquals("paused", campaign(api, "coffee-win").path("state").asText());
            browser.clickAndWait("button[value=resume]");
            assertEquals("scheduled", campaign(api, "coffee-win").path("state").asText());
            browser.screenshot(SHOTS.resolve("campaign.png"));

            browser.open(base + "/console/campaigns");
            fill(browser, "tea-win", "Чай: возвращаем", "2026-12-08T09:00", "");
            browser.clickAndWait("form.campaign button[type=submit]");
            assertTrue(browser.url().endsWith("/console/campaigns/tea-win"), browser.text("main"));
            HttpResponse<String> checked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    api.resolve("/local/schedule/sleeping-check")).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"time\":\"2026-12-08T10:00:00+03:00\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, checked.statusCode(), checked.body());
            assertEquals("started", campaign(api, "tea-win").path("state").asText(), checked.body());
            browser.open(base + "/console/campaigns/tea-win");
            assertTrue(browser.texts("button[value=cancel]").isEmpty(), "no cancel once started");
            assertTrue(browser.text("main").contains("отменить её нельзя"), browser.text("main"));
            assertTrue(browser.texts("button[value=pause]").size() == 1, "pause instead");
            browser.screenshot(SHOTS.resolve("campaign-started.png"));
            browser.viewport(390, 844, true);
            browser.open(browser.url());
            assertFalse(browser.scrollsSideways(), "a campaign's page fits a phone");
            browser.screenshot(SHOTS.resolve("campaign-started-390.png"));

            browser.open(base + "/console/campaigns/coffee-win");
            browser.clickAndWait("button[value=cancel]");
            assertTrue(browser.text(".state").contains("отменена"), browser.text(".state"));
            assertEquals("cancelled", campaign(api, "coffee-win").path("state").asText());

            browser.open(base + "/console/campaigns");
            assertFalse(browser.scrollsSideways(), "the list fits a phone (its table scrolls in its box)");
            browser.screenshot(SHOTS.resolve("campaigns-390.png"));
            browser.viewport(1280, 900, false);
            browser.open(base + "/console/campaigns");
            assertEquals(List.of("Кофе: возвращаем", "Чай: возвращаем"), browser.texts("table.campaigns tbody td a"),
                    "newest start first");
            String rows = browser.text("table.campaigns tbody");
            assertTrue(rows.contains("отменена") && rows.contains("идёт"), rows);
            browser.screenshot(SHOTS.resolve("campaigns.png"));
        }
    }

    /** Fills the form as the owner would; the start's date and time set as the picker sets them. */
    private static void fill(BrowserSession browser, String id, String name, String at, String bonus)
            throws Exception {
        browser.type("#id", id);
        browser.type("#name", name);
        browser.evaluate("document.querySelector('#segment').value = 'coffee-lapsed'");
        browser.evaluate("document.querySelector('#at').value = '" + at + "'");
        browser.type("#bonusAmount", bonus);
        browser.type("#smsRu", bonus.isEmpty() ? "{name}, заходите на чай!"
                : "{name}, дарим {amount} рублей на кофе до {until}");
    }

    private static List<String> campaigns(URI api) throws Exception {
        HttpResponse<String> listed = call(api, "GET", "/v1/campaigns", null);
        assertEquals(200, listed.statusCode(), listed.body());
        return Json.readTree(listed.body()).path("campaigns").findValuesAsText("id");
    }

    private static com.fasterxml.jackson.databind.JsonNode campaign(URI api, String id) throws Exception {
        HttpResponse<String> one = call(api, "GET", "/v1/campaigns/" + id, null);
        assertEquals(200, one.statusCode(), one.body());
        return Json.readTree(one.body());
    }

    private static HttpResponse<String> call(URI api, String method, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.resolve(path)).header("Authorization",
                        "Bearer " + OWNER).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

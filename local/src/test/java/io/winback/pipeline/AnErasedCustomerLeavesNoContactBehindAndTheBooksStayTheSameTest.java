package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.log.JsonLog;
import io.winback.security.WebhookSignature;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer in the middle of a chain (two SMS sent, two bonuses granted, one redeemed before, a call task open) asks
 * for their data, then to be erased, on the whole local system over HTTP: webhook, stream, stats, daily checks,
 * worker, reports. The export shows everything; after the erasure no table, index, report, CSV, outbox message or
 * log line written since holds their phone, email, name or card; the period's metrics are what they were; an old
 * receipt sent again does not bring them back; a purchase made after the erasure starts a new customer; asking twice
 * answers the same. The clock is pinned: every function of the system reads it.
 */
class AnErasedCustomerLeavesNoContactBehindAndTheBooksStayTheSameTest {
    private static final String PHONE = "+79165550101";
    private static final String EMAIL = "anna.erased@example.com";
    private static final String NAME = "Анна Стёртая";
    private static final String CARD = "4000555";
    /** What must not be anywhere after the erasure: the contact details, also as a till might type the phone. */
    private static final List<String> CONTACT = List.of(PHONE, PHONE.substring(1), EMAIL, NAME, "Стёртая", CARD);
    private static final Instant ERASED_AT = Instant.parse("2026-08-21T09:00:00Z");

    private final ManualClock clock = new ManualClock(ERASED_AT);
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> env = ScenarioSettings.freshTables(getClass());
    private LocalSystem system;

    @AfterEach
    void stop() {
        JsonLog.redirect(System.out);
        if (system != null) {
            system.close();
        }
    }

    @Test
    void erasedInMidChainWithBonusesAndACallTask() throws Exception {
        env.put(WinbackConfig.HOLDOUT_PERCENT, "0");
        env.put(WinbackConfig.EMAIL_FROM, "shop@winback.example");
        env.put(WinbackConfig.UNSUBSCRIBE_SECRETS, "erasure-unsubscribe-secret");
        WinbackConfig config = WinbackConfig.from(env);
        system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config, clock, CapacityMeter.NONE, 0,
                UnaryOperator.identity());

        assertStored(postSales(
                anna("S-A1", "SALE", null, "2026-06-01T12:00:00+03:00", "900.00", "50",
                        "[{\"sku\":\"BEANS\",\"group\":\"coffee\",\"name\":\"Beans 1 kg\",\"quantity\":1,\"price\":950.00,\"discount\":50.00}]"),
                anna("R-A1", "RETURN", "S-A1", "2026-06-02T12:00:00+03:00", "100.00", "0",
                        "[{\"sku\":\"BEANS\",\"group\":\"coffee\",\"quantity\":1,\"price\":100.00}]"),
                boris("S-B1", "2026-06-01T13:00:00+03:00", "500.00")));
        system.drain(Duration.ofMinutes(1));
        assertEquals(200, send("PATCH", "/v1/customers/" + encoded(PHONE),
                "{\"properties\":{\"loyaltyLevel\":{\"type\":\"number\",\"value\":3}}}").status());
        tick("2026-08-06");
        assertStored(postSales(boris("S-B2", "2026-08-10T13:00:00+03:00", "700.00")));
        tick("2026-08-13");
        tick("2026-08-20");

        Answer export = send("GET", "/v1/customers/" + encoded(PHONE) + "/export", null);
        assertEquals(200, export.status(), export.text());
        assertExportShowsEverything(export.body());
        JsonNode metricsBefore = get("/v1/reports/metrics?from=2026-06-01&to=2026-08-31").body();
        JsonNode campaignBefore = get("/v1/reports/reactivation?from=2026-08-01&to=2026-08-31").body();

        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        JsonLog.redirect(new PrintStream(logs, true, StandardCharsets.UTF_8));

        Answer erased = send("DELETE", "/v1/customers/" + encoded(PHONE), null);
        assertEquals(200, erased.status(), erased.text());
        assertEquals(ERASED_AT.toString(), erased.body().get("erasedAt").asText());
        JsonNode counts = erased.body().get("erased");
        assertEquals(1, counts.get("customer").asInt());
        assertEquals(1, counts.get("bonuses").asInt(),
                "one redemption: the two steps' grants are recorded by their touches, which move to the pseudonym");
        assertEquals(1, counts.get("callTasks").asInt());
        assertEquals(3, counts.get("touches").asInt());
        assertEquals(1, counts.get("episodes").asInt());
        assertEquals(2, counts.get("consentLedger").asInt(), "SMS and email consent from the receipt");
        assertEquals(4, counts.get("saleLines").asInt(), "BEANS and coffee on the sale and on the return");
        assertEquals(2, counts.get("sales").asInt());
        assertEquals(2, counts.get("outbox").asInt(), "the two SMS");
        Answer again = send("DELETE", "/v1/customers/" + encoded(PHONE), null);
        assertEquals(200, again.status());
        assertEquals(erased.body(), again.body(), "a second DELETE answers what the first did");
        assertEquals(404, send("DELETE", "/v1/customers/never-known", null).status());

        assertEquals(404, send("GET", "/v1/customers/" + encoded(PHONE), null).status());
        assertEquals(404, send("GET", "/v1/customers/" + encoded(PHONE) + "/export", null).status());
        assertEquals(200, send("GET", "/v1/customers/C-2", null).status(), "the other customer is untouched");

        // The till sends the old receipt again, as it was and with another id, and an import replays the history.
        JsonNode resent = postSales(
                anna("S-A1", "SALE", null, "2026-06-01T12:00:00+03:00", "900.00", "50",
                        "[{\"sku\":\"BEANS\",\"group\":\"coffee\",\"name\":\"Beans 1 kg\",\"quantity\":1,\"price\":950.00,\"discount\":50.00}]"),
                anna("S-A1-resent", "SALE", null, "2026-06-01T12:00:00+03:00", "900.00", "0", "[]"),
                anna("S-A7", "SALE", null, "2026-08-21T11:59:00+03:00", "10.00", "0", "[]"));
        assertEquals(List.of("erased", "erased", "erased"), statuses(resent), "made before the erasure, all three");
        system.drain(Duration.ofMinutes(1));
        assertEquals(404, send("GET", "/v1/customers/" + encoded(PHONE), null).status(), "nobody came back");
        assertEquals(0, tick("2026-08-29").get("messagesSent").asInt(), "the erased chain sends nothing more");
        post("/local/schedule/segments-job", "{\"time\":\"2026-08-29T10:30:00+03:00\"}");

        JsonNode metricsAfter = get("/v1/reports/metrics?from=2026-06-01&to=2026-08-31").body();
        metricsBefore.properties().forEach(figure -> assertEquals(figure.getValue(), metricsAfter.get(figure.getKey()),
                "metrics " + figure.getKey()));
        assertEquals(0, metricsAfter.get("customersNeverBought").asInt(), "a tombstone is nobody in the census");
        assertEquals(campaignBefore, get("/v1/reports/reactivation?from=2026-08-01&to=2026-08-31").body());

        List<String> written = new ArrayList<>();
        for (String table : List.of(config.salesTable(), config.customersTable(), config.chains().chainsTable(),
                config.saleLinesTable())) {
            LocalDynamo.scan(table).forEach(item -> written.add(table + " " + item));
        }
        for (String report : List.of("/v1/reports/metrics?from=2026-06-01&to=2026-08-31",
                "/v1/reports/buyers?sku=BEANS&from=2026-06-01&to=2026-08-31",
                "/v1/reports/buyers?group=coffee&from=2026-06-01&to=2026-08-31",
                "/v1/reports/sleeping?on=2026-08-06", "/v1/reports/reactivation?from=2026-08-01&to=2026-08-31",
                "/v1/reports/discounts?from=2026-06-01&to=2026-08-31", "/v1/reports/segments")) {
            for (String format : List.of("json", "csv")) {
                Answer answer = get(report + (report.contains("?") ? "&" : "?") + "format=" + format);
                assertEquals(200, answer.status(), report + " " + answer.text());
                written.add(report + " " + answer.text());
            }
        }
        written.add("outbox " + get("/local/outbox").text());
        written.add("logs " + logs.toString(StandardCharsets.UTF_8));
        assertTrue(logs.toString(StandardCharsets.UTF_8).contains("\"event\":\"customer_erased\""), "the audit line");
        for (String text : written) {
            for (String contact : CONTACT) {
                assertFalse(text.contains(contact), "'" + contact + "' is still in: " + text);
            }
        }
        assertTrue(get("/v1/reports/buyers?sku=BEANS&from=2026-06-01&to=2026-08-31").text().contains("C-2"),
                "the other buyer is still listed");

        // A purchase made after the erasure: a new customer under the same key, with nothing of the old one.
        clock.set(Instant.parse("2026-08-22T09:00:00Z"));
        assertStored(postSales("""
                {"saleId":"S-A9","storeId":"store-1","occurredAt":"2026-08-22T11:00:00+03:00",
                 "customer":{"phone":"%s"},"total":300.00}""".formatted(PHONE)));
        system.drain(Duration.ofMinutes(1));
        JsonNode newcomer = send("GET", "/v1/customers/" + encoded(PHONE), null).body();
        assertEquals(1, newcomer.at("/stats/purchases").asInt(), newcomer.toString());
        assertEquals("2026-08-22T08:00:00Z", newcomer.at("/stats/firstPurchaseAt").asText());
        assertTrue(newcomer.at("/profile/name").isMissingNode() || newcomer.at("/profile/name").isNull());
        assertEquals(0, newcomer.at("/properties").size());
        JsonNode history = send("GET", "/v1/customers/" + encoded(PHONE) + "/sales", null).body();
        assertEquals(1, history.get("sales").size(), "the erased receipts are not theirs");
        assertEquals(0, send("GET", "/v1/customers/" + encoded(PHONE) + "/bonuses", null).body()
                .get("grants").size());
    }

    private static void assertExportShowsEverything(JsonNode export) {
        assertEquals(PHONE, export.at("/customer/profile/phone").asText());
        assertEquals(EMAIL, export.at("/customer/profile/email").asText());
        assertEquals(NAME, export.at("/customer/profile/name").asText());
        assertEquals(CARD, export.at("/customer/profile/cardNumber").asText());
        assertEquals(3, export.at("/customer/properties/loyaltyLevel/value").asInt());
        assertTrue(export.at("/customer/consent/sms").asBoolean());
        assertEquals(2, export.get("consentHistory").size());
        assertEquals(List.of("R-A1", "S-A1"), saleIds(export.get("sales")));
        assertEquals("BEANS", export.at("/sales/1/lines/0/sku").asText());
        assertEquals(EMAIL, export.at("/sales/1/customer/email").asText());
        assertEquals(2, export.at("/bonuses/grants").size());
        assertEquals(1, export.at("/bonuses/redemptions").size());
        assertEquals(1, export.get("episodes").size());
        assertEquals("active", export.at("/episodes/0/status").asText());
        JsonNode touches = export.get("touches");
        assertEquals(3, touches.size());
        List<String> texts = new ArrayList<>();
        touches.forEach(touch -> texts.add(touch.get("status").asText() + " " + touch.path("channel").asText()
                + " " + touch.path("text").asText()));
        assertTrue(texts.contains("sent sms Дарим вам 100 рублей на покупки до 12.08. Ждем вас за покупкой!"),
                texts.toString());
        assertTrue(texts.contains("sent sms Дарим 180 рублей на покупку в нашем магазине до 19.08."), texts.toString());
        assertEquals(1, export.get("callTasks").size());
        assertEquals(NAME, export.at("/callTasks/0/name").asText());
        assertEquals(PHONE, export.at("/callTasks/0/phone").asText());
        assertEquals("open", export.at("/callTasks/0/status").asText());
    }

    private static List<String> saleIds(JsonNode sales) {
        List<String> ids = new ArrayList<>();
        sales.forEach(sale -> ids.add(sale.get("saleId").asText()));
        return ids;
    }

    private static List<String> statuses(JsonNode answer) {
        List<String> statuses = new ArrayList<>();
        answer.get("results").forEach(result -> statuses.add(result.get("status").asText()));
        return statuses;
    }

    private static String anna(String saleId, String type, String original, String occurredAt, String total,
                               String bonusRedeemed, String lines) {
        return """
                {"saleId":"%s","type":"%s",%s"storeId":"store-1","occurredAt":"%s",
                 "customer":{"phone":"%s","email":"%s","name":"%s","cardNumber":"%s","birthday":"1990-04-01",
                             "consent":{"sms":true,"email":true}},
                 "lines":%s,"total":%s,"bonusRedeemed":%s}"""
                .formatted(saleId, type, original == null ? "" : "\"originalSaleId\":\"" + original + "\",",
                        occurredAt, PHONE, EMAIL, NAME, CARD, lines, total, bonusRedeemed);
    }

    private static String boris(String saleId, String occurredAt, String total) {
        return """
                {"saleId":"%s","storeId":"store-1","occurredAt":"%s",
                 "customer":{"id":"C-2","phone":"+79165550202","email":"boris@example.com","name":"Борис",
                             "consent":{"sms":true,"email":true}},
                 "lines":[{"sku":"BEANS","quantity":2,"price":250.00}],"total":%s}"""
                .formatted(saleId, occurredAt, total);
    }

    private static void assertStored(JsonNode answer) {
        answer.get("results").forEach(result -> assertEquals("accepted", result.get("status").asText(),
                result.toString()));
    }

    /** Signed at the pinned clock's time, as a till whose clock agrees with the server's. */
    private JsonNode postSales(String... sales) throws Exception {
        String body = sales.length == 1 ? sales[0] : "{\"sales\":[" + String.join(",", sales) + "]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(system.baseUrl().resolve("/v1/sales"))
                .header(WebhookSignature.HEADER, WebhookSignature.sign(WinbackClient.SECRET,
                        clock.instant().getEpochSecond(), bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.readTree(response.body());
    }

    private JsonNode tick(String day) throws Exception {
        return post("/local/schedule/sleeping-check", "{\"time\":\"" + day + "T10:00:00+03:00\"}");
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(system.baseUrl().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.readTree(response.body());
    }

    private record Answer(int status, String text) {
        JsonNode body() {
            try {
                return Json.readTree(text);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }

    private Answer get(String path) throws Exception {
        return send("GET", path, null);
    }

    private Answer send(String method, String path, String body) throws Exception {
        URI uri = system.baseUrl().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + WinbackClient.TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static String encoded(String customerKey) {
        return URLEncoder.encode(customerKey, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

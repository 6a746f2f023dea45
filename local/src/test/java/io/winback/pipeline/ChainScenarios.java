package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reactivation playbook driven as a user drives the local system: sales through the signed webhook, then the
 * scheduler tick day by day, then the outbox and the chains API, over real HTTP, on whatever backend the subclass
 * provides (with an AWS endpoint, the work queue, SMS and email go through the emulator's SQS, SNS and SES v2).
 */
abstract class ChainScenarios {
    private final List<LocalSystem> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    LocalSystem system;
    WinbackClient client;

    abstract Backend backend();

    @AfterEach
    void stop() {
        started.forEach(LocalSystem::close);
    }

    void start() {
        Map<String, String> env = ScenarioSettings.freshTables(getClass());
        env.put(WinbackConfig.HOLDOUT_PERCENT, "0");
        env.put(WinbackConfig.EMAIL_FROM, "shop@winback.example");
        env.put(WinbackConfig.UNSUBSCRIBE_SECRETS, "scenario-unsubscribe-secret");
        try {
            system = new LocalSystem(backend().dynamo(), backend().streams(), WinbackConfig.from(env), Clock.systemUTC(),
                    CapacityMeter.NONE, 0, UnaryOperator.identity(), backend().awsEndpoint());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        started.add(system);
        client = new WinbackClient(system.baseUrl());
    }

    static String saleOf(String saleId, String customerId, String phone, String email, String day, String total) {
        return """
                {"saleId":"%s","storeId":"store-1","occurredAt":"%sT12:00:00+03:00",
                 "customer":{"id":"%s","phone":"%s","email":%s,"name":"Анна","consent":{"sms":%s,"email":true}},
                 "total":%s}""".formatted(saleId, day, customerId, phone, email == null ? "null" : "\"" + email + "\"",
                phone.endsWith("98") ? "false" : "true", total);
    }

    JsonNode tick(String day) {
        return post("/local/schedule/sleeping-check", "{\"time\":\"" + day + "T10:00:00+03:00\"}");
    }

    List<JsonNode> outbox() {
        List<JsonNode> messages = new ArrayList<>();
        WinbackClient.Answer answer = client.get("/local/outbox");
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        answer.body().get("messages").forEach(messages::add);
        return messages;
    }

    JsonNode post(String path, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(system.baseUrl().resolve(path))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return Json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theLocalSchedulerPlaysThePlaybookDayByDay() {
        start();
        assertEquals(200, client.postSales(saleOf("S-1", "C-1", "+79161110001", null, "2026-06-01", "900.00")).status());
        // Day 65 after 01.06 is 05.08: nothing; day 66 the bonus and the SMS.
        JsonNode day65 = tick("2026-08-05");
        assertEquals(0, day65.get("messagesSent").asInt());
        JsonNode day66 = tick("2026-08-06");
        assertEquals(1, day66.get("sleepersQueued").asInt());
        assertEquals(1, day66.get("messagesSent").asInt());
        List<JsonNode> sent = outbox();
        assertEquals("sms", sent.getFirst().get("channel").asText());
        assertEquals("+79161110001", sent.getFirst().get("to").asText());
        assertEquals("Дарим вам 100 рублей на покупки до 12.08. Ждем вас за покупкой!", sent.getFirst().get("text").asText());

        assertEquals(0, tick("2026-08-06").get("messagesSent").asInt(), "the same tick again sends nothing");
        assertEquals(1, tick("2026-08-13").get("messagesSent").asInt());
        assertEquals("Дарим 180 рублей на покупку в нашем магазине до 19.08.", outbox().get(1).get("text").asText());
        assertEquals(0, tick("2026-08-20").get("messagesSent").asInt(), "day 80 is the call task");
        verifySent(outbox());
    }

    @Test
    void aPurchaseAfterTheFirstSmsStopsTheChainAndAnEmailCarriesItsUnsubscribeLink() {
        start();
        client.postSales(saleOf("S-1", "C-1", "+79161110002", null, "2026-06-01", "900.00"),
                saleOf("S-2", "C-2", "+79161110098", "olga@example.com", "2026-06-01", "900.00"));
        tick("2026-08-06");
        client.postSales(saleOf("S-3", "C-1", "+79161110002", null, "2026-08-09", "1200.00"));
        tick("2026-08-13");
        List<JsonNode> sent = outbox();
        assertEquals(3, sent.size(), "C-1: one SMS and no more; C-2 (no SMS consent): two emails");
        JsonNode mail = sent.stream().filter(m -> m.get("channel").asText().equals("email")).findFirst().orElseThrow();
        assertEquals("olga@example.com", mail.get("to").asText());
        assertTrue(mail.at("/headers/List-Unsubscribe").asText().contains("/v1/unsubscribe?token="));
        assertEquals("List-Unsubscribe=One-Click", mail.at("/headers/List-Unsubscribe-Post").asText());
    }

    @Test
    void anEmailsOneClickUnsubscribeStopsTheNextEmailAndIsInTheLedger() throws Exception {
        start();
        client.postSales(saleOf("S-2", "C-2", "+79161110098", "olga@example.com", "2026-06-01", "900.00"));
        tick("2026-08-06");
        JsonNode mail = outbox().getFirst();
        assertEquals("olga@example.com", mail.get("to").asText());
        String header = mail.at("/headers/List-Unsubscribe").asText();
        URI link = URI.create(header.substring(1, header.length() - 1));
        URI here = system.baseUrl().resolve(link.getRawPath() + "?" + link.getRawQuery());

        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(here).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, opened.statusCode(), opened.body());
        assertTrue(opened.body().contains("<form method=\"post\">"), opened.body());
        HttpResponse<String> clicked = http.send(HttpRequest.newBuilder(here)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, clicked.statusCode(), clicked.body());
        assertEquals("text/html; charset=utf-8", clicked.headers().firstValue("content-type").orElse(null));
        assertTrue(clicked.body().contains("Вы отписались от рассылки."), clicked.body());

        assertEquals(0, tick("2026-08-13").get("messagesSent").asInt(), "no second email after the click");
        JsonNode consent = client.getAuthorized("/v1/customers/C-2/consent").body();
        assertEquals(false, consent.at("/consent/email").asBoolean());
        // Newest first: the click, then what the receipt said (SMS declined, email granted).
        List<String> sources = new ArrayList<>();
        consent.get("history").forEach(change -> sources.add(change.get("source").asText() + ":"
                + change.get("channel").asText() + ":" + change.get("granted").asBoolean()));
        assertEquals("unsubscribe_link:email:false", sources.getFirst());
        assertEquals(1, sources.stream().filter(source -> source.startsWith("unsubscribe_link")).count(), "" + sources);
    }

    @Test
    void theChainsApiShowsThePlaybookUntilAMarketerChangesIt() {
        start();
        var chains = client.getAuthorized("/v1/chains");
        assertEquals(200, chains.status());
        assertEquals(0, chains.body().get("version").asInt());
        assertEquals("UCS-2", chains.body().at("/chains/0/steps/0/messages/sms/ru/encoding").asText());
    }

    /** What the emulator itself holds, where there is one; nothing more to check in process. */
    void verifySent(List<JsonNode> outbox) {
    }

    static URI none() {
        return null;
    }
}

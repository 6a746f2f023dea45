package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.winback.pipeline.WinbackClient.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Didn't buy for 60 days and spent 1,000 or more", defined through the API of the local system and kept current
 * with no job rebuilding it: a sale takes a member out at once (the stream), the 60th day brings one in (the flip
 * index read by the daily check), a segment defined after the sales is filled in the background, and the members come
 * out as the CSV Excel opens.
 */
class ASegmentKeepsItselfCurrentAsSalesArriveAndDaysPassTest {
    private static final OffsetDateTime TODAY = OffsetDateTime.parse("2026-11-25T10:00:00+03:00");
    private final LocalScenario scenario;
    private final ManualClock clock;
    private final LocalSystem system;
    private final WinbackClient client;

    ASegmentKeepsItselfCurrentAsSalesArriveAndDaysPassTest() throws Exception {
        scenario = new LocalScenario(getClass(), TODAY);
        clock = scenario.clock;
        system = scenario.system;
        client = scenario.client;
    }

    @AfterEach
    void stop() {
        scenario.close();
    }

    @Test
    void aSaleTakesAMemberOutTheSixtiethDayBringsOneInAndANewSegmentIsFilled() throws Exception {
        define("""
                {"id": "lapsed-60", "name": "Давно не были",
                 "conditions": {"all": [{"field": "daysSinceLastPurchase", "op": ">=", "value": 60},
                                        {"field": "spent", "op": ">=", "value": 1000}]}}""");
        post(sale("s-1", "C-1", "2026-09-01T12:00:00+03:00", "1500.00"),
                sale("s-2", "C-2", "2026-10-01T12:00:00+03:00", "2000.00"),
                sale("s-3", "C-3", "2026-09-01T12:00:00+03:00", "500.00"));
        drain();
        // C-1: 85 days, 1,500; C-2: 55 days (its 60th is 30 November); C-3 spent too little.
        assertEquals(List.of("C-1"), members("lapsed-60"));

        clock.set(OffsetDateTime.parse("2026-11-27T10:00:00+03:00").toInstant());
        post(sale("s-4", "C-1", "2026-11-27T09:00:00+03:00", "100.00"));
        drain();
        assertEquals(List.of(), members("lapsed-60"), "the sale took C-1 out with no job run");
        assertEquals(0, segment("lapsed-60").get("members").asInt());

        JsonNode check = tick("2026-11-30T10:00:00+03:00");
        assertTrue(check.get("segmentFlipsQueued").asInt() >= 1, check.toString());
        assertEquals(List.of("C-2"), members("lapsed-60"), "C-2's 60th day brought them in");
        JsonNode history = client.getAuthorized("/v1/segments/lapsed-60/history?from=2026-11-01&to=2026-11-30").body();
        assertEquals(List.of("2026-11-25 C-1 joined", "2026-11-27 C-1 left", "2026-11-30 C-2 joined"),
                movements(history));
        clock.set(OffsetDateTime.parse("2026-11-30T10:05:00+03:00").toInstant());
        assertEquals(List.of("C-1"), members("lapsed-60", "?asOf=2026-11-26"), "who was in it on the 26th");
        assertEquals(List.of(), members("lapsed-60", "?asOf=2026-11-29"));
        assertEquals(List.of("C-2"), members("lapsed-60", "?asOf=2026-11-30"));

        define("""
                {"id": "big-spenders", "name": "Потратили от 1 500", "conditions":
                 {"field": "spent", "op": ">=", "value": 1500}}""");
        drain();
        JsonNode filled = segment("big-spenders");
        assertEquals("done", filled.at("/fill/state").asText(), filled.toString());
        assertEquals(3, filled.at("/fill/customersEvaluated").asInt(), filled.toString());
        assertEquals(List.of("C-1", "C-2"), members("big-spenders"));

        HttpResponse<byte[]> csv = client.download("/v1/segments/big-spenders/members?format=csv&lang=ru");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFКлюч клиента;Имя;Телефон;Эл. почта;Сегмент;Последняя покупка;Потрачено;"),
                text);
        assertTrue(text.contains("C-2;;;;1;01.10.2026;2000,00;30.11.2026"), text);
        assertTrue(text.contains("C-1;;;;2-3;27.11.2026;1600,00;30.11.2026"), text);
    }

    @Test
    void aStaticListFromAnExcelCsvListsTheTwoRowsThatMatchNobody() throws Exception {
        post(sale("s-1", "C-1", "2026-11-01T12:00:00+03:00", "100.00"),
                sale("s-2", "C-2", "2026-11-02T12:00:00+03:00", "200.00"));
        drain();
        define("""
                {"id": "call-list", "name": "Обзвон", "type": "static"}""");
        String csv = "customerId;Имя\r\nC-1;Анна\r\nC-404;Нет такой\r\nC-2;Борис\r\n;Пустая\r\n";
        WinbackClient.Answer set = client.call("PUT", "/v1/segments/call-list/members",
                csv.getBytes(Charset.forName("windows-1251")), "text/csv; charset=windows-1251");
        assertEquals(200, set.status(), String.valueOf(set.body()));
        assertEquals(2, set.body().get("added").asInt(), set.body().toString());
        List<String> unmatched = new ArrayList<>();
        set.body().get("unmatched").forEach(u -> unmatched.add(u.get("where").asText()));
        assertEquals(List.of("line 3", "line 5"), unmatched, set.body().toString());
        assertEquals(List.of("C-1", "C-2"), members("call-list"));

        define("""
                {"id": "to-call-now", "name": "Обзвон и тратили", "conditions": {"all": [
                 {"field": "inSegment", "segment": "call-list"}, {"field": "spent", "op": ">=", "value": 150}]}}""");
        drain();
        assertEquals(List.of("C-2"), members("to-call-now"));
        WinbackClient.Answer refused = client.call("DELETE", "/v1/segments/call-list", null, null);
        assertEquals(409, refused.status(), String.valueOf(refused.body()));
        assertTrue(refused.body().toString().contains("to-call-now"), refused.body().toString());
    }

    private void define(String segment) {
        scenario.define(segment);
    }

    private void post(String... sales) {
        scenario.post(sales);
    }

    private void drain() throws Exception {
        scenario.drain();
    }

    private JsonNode tick(String time) throws Exception {
        HttpResponse<String> run = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        system.baseUrl().resolve("/local/schedule/sleeping-check"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"time\":\"" + time + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, run.statusCode(), run.body());
        return Json.readTree(run.body());
    }

    private JsonNode segment(String id) {
        WinbackClient.Answer answer = client.getAuthorized("/v1/segments/" + id);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        return answer.body();
    }

    private List<String> members(String id) {
        return members(id, "");
    }

    private List<String> members(String id, String query) {
        WinbackClient.Answer answer = client.getAuthorized("/v1/segments/" + id + "/members" + query);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        List<String> keys = new ArrayList<>();
        answer.body().get("members").forEach(m -> keys.add(m.get("customerKey").asText()));
        return keys.stream().sorted().toList();
    }

    private static List<String> movements(JsonNode history) {
        List<String> lines = new ArrayList<>();
        history.get("movements").forEach(m -> lines.add(m.get("day").asText() + " " + m.get("customerKey").asText()
                + " " + m.get("change").asText()));
        return lines;
    }
}

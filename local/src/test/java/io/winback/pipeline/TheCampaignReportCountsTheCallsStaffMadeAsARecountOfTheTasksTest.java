package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight one-time buyers of 1 June never come back: the real worker's third step opens a call for each. Staff close
 * them through {@code PATCH /v1/tasks/{id}}: one sent twice (a retry), three by two staff at once with different
 * outcomes, two left open. The campaign report's calls, in JSON, CSV and on the dashboard, equal a full recount of
 * the tasks, per chain and in all.
 */
class TheCampaignReportCountsTheCallsStaffMadeAsARecountOfTheTasksTest {
    private static final String OWNER = "calls-owner-token";
    private static final int CUSTOMERS = 8;

    @Test
    void theReportsCallsEqualARecountOfTheTasks() throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, WinbackClient.SECRET,
                WinbackConfig.API_TOKENS, WinbackClient.TOKEN + ",owner:" + OWNER,
                WinbackConfig.HOLDOUT_PERCENT, "0", WinbackConfig.UNSUBSCRIBE_SECRETS, "calls-unsubscribe-secret"));
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            URI base = system.baseUrl();
            WinbackClient client = new WinbackClient(base);
            List<String> sales = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                sales.add("""
                        {"saleId":"S-%d","storeId":"moscow-1","occurredAt":"2026-06-01T12:00:00+03:00","customer":\
                        {"id":"K-%d","phone":"+7900%07d","consent":{"sms":true}},"total":1000}""".formatted(i, i, i));
            }
            assertEquals(200, client.postSales(sales.toArray(String[]::new)).status());
            for (String day : List.of("2026-08-06", "2026-08-13", "2026-08-20")) {
                send(base, "POST", "/local/schedule/sleeping-check", "{\"time\":\"" + day + "T10:00:00+03:00\"}", null);
            }
            List<String> ids = taskIds(base, "open");
            assertEquals(CUSTOMERS, ids.size(), "the worker opened a call for each");
            // The worker's step run again opens nothing more.
            send(base, "POST", "/local/schedule/sleeping-check", "{\"time\":\"2026-08-20T11:00:00+03:00\"}", null);

            close(base, ids.get(0), "reached");
            close(base, ids.get(0), "reached");
            close(base, ids.get(1), "no_answer");
            List<Callable<Integer>> atOnce = new ArrayList<>();
            String[][] pairs = {{"will_come", "refused"}, {"refused", "reached"}, {"no_answer", "will_come"}};
            for (int i = 0; i < pairs.length; i++) {
                String id = ids.get(2 + i);
                for (String outcome : pairs[i]) {
                    atOnce.add(() -> close(base, id, outcome));
                }
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
                for (Future<Integer> done : pool.invokeAll(atOnce)) {
                    assertTrue(List.of(200, 409).contains(done.get()), "one wins, the other is told: " + done.get());
                }
            }
            close(base, ids.get(5), "will_come");

            Map<String, Long> recount = new HashMap<>();
            for (String status : List.of("open", "done")) {
                for (JsonNode task : tasks(base, status)) {
                    recount.merge(status.equals("open") ? "stillOpen" : camel(task.get("outcome").asText()), 1L,
                            Long::sum);
                }
            }
            recount.put("opened", (long) CUSTOMERS);
            assertEquals(2L, recount.get("stillOpen"));

            JsonNode report = Json.readTree(send(base, "GET", "/v1/reports/reactivation?from=2026-08-01&to=2026-08-31",
                    null, OWNER));
            JsonNode all = null;
            for (JsonNode row : report.get("rows")) {
                if (row.get("step").asText().equals("all")) {
                    all = row;
                }
            }
            assertEquals("sleep-1", all.get("chain").asText());
            for (JsonNode calls : List.of(all.get("calls"), report.get("calls"))) {
                for (String key : List.of("opened", "reached", "noAnswer", "refused", "willCome", "cameBack",
                        "stillOpen")) {
                    assertEquals(recount.getOrDefault(key, 0L), calls.get(key).asLong(), key + " in " + calls);
                }
            }
            JsonNode third = null;
            for (JsonNode row : report.get("rows")) {
                if (row.get("step").asText().equals("3")) {
                    third = row;
                }
            }
            assertEquals(CUSTOMERS, third.at("/calls/opened").asLong(), "the third step opened the calls");

            String csv = send(base, "GET", "/v1/reports/reactivation?from=2026-08-01&to=2026-08-31&format=csv", null,
                    OWNER);
            String header = csv.lines().findFirst().orElseThrow();
            assertTrue(header.contains("звонков поставлено") && header.contains("звонки: обещали прийти"), header);
            String csvEn = send(base, "GET",
                    "/v1/reports/reactivation?from=2026-08-01&to=2026-08-31&format=csv&lang=en", null, OWNER);
            assertTrue(csvEn.lines().findFirst().orElseThrow().endsWith("calls_opened,calls_reached,calls_no_answer,"
                    + "calls_refused,calls_will_come,calls_came_back,calls_still_open"), csvEn);
            String treatedAll = csvEn.lines().filter(l -> l.startsWith("sleep-1,all,treated,")).findFirst()
                    .orElseThrow();
            assertTrue(treatedAll.endsWith("," + CUSTOMERS + "," + recount.getOrDefault("reached", 0L) + ","
                    + recount.getOrDefault("noAnswer", 0L) + "," + recount.getOrDefault("refused", 0L) + ","
                    + recount.getOrDefault("willCome", 0L) + ",0,2"), treatedAll);

            String html = send(base, "GET", "/dashboard?from=2026-08-01&to=2026-08-31&lang=en", null, OWNER);
            assertTrue(html.contains("Calls: 8 calls opened; reached — " + recount.getOrDefault("reached", 0L)),
                    html);
        }
    }

    private static String camel(String wireName) {
        return switch (wireName) {
            case "no_answer" -> "noAnswer";
            case "will_come" -> "willCome";
            case "came_back" -> "cameBack";
            default -> wireName;
        };
    }

    private static int close(URI base, String id, String outcome) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/v1/tasks/" + id))
                        .header("Authorization", "Bearer " + OWNER).header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"outcome\":\"" + outcome + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static List<String> taskIds(URI base, String status) throws Exception {
        List<String> ids = new ArrayList<>();
        tasks(base, status).forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private static List<JsonNode> tasks(URI base, String status) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        Json.readTree(send(base, "GET", "/v1/tasks?status=" + status + "&store=moscow-1&limit=100", null, OWNER))
                .get("tasks").forEach(all::add);
        return all;
    }

    private static String send(URI base, String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}

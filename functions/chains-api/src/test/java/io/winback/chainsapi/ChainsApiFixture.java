package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.tasks.CallTask;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.ChainsTable;
import io.winback.dynamo.DynamoCallTasks;
import io.winback.testing.ApiAnswers;
import io.winback.testing.HttpApiEvents;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fresh Chains table on DynamoDB Local and the real handler in front of it. */
final class ChainsApiFixture {
    /** The clock of every handler here; the sample event's timeEpoch. */
    static final Instant NOW = Instant.parse("2025-11-20T11:06:40Z");
    static final String TOKEN = "test-api-token";
    /** The token of the staff of store 12. */
    static final String STAFF_OF_12 = "store-12-staff-token";

    final WinbackConfig config;
    final String table;
    /** Stays at {@link #NOW} unless a test moves it. */
    final ManualClock clock = new ManualClock(NOW);
    final ChainsApiHandler handler;
    /** Where the chain worker opens call tasks, on the same table. */
    final DynamoCallTasks tasks;

    ChainsApiFixture() {
        this(Map.of());
    }

    /** With {@code settings} added to the environment, such as MAX_BONUS. */
    ChainsApiFixture(Map<String, String> settings) {
        Map<String, String> env = new java.util.HashMap<>(settings);
        env.put(WinbackConfig.API_TOKENS, "old-token," + TOKEN + ",staff@12:" + STAFF_OF_12);
        config = LocalDynamo.freshTables(env);
        table = config.chains().chainsTable();
        handler = new ChainsApiHandler(LocalDynamo.client(), config, clock);
        tasks = new DynamoCallTasks(LocalDynamo.client(), table, CapacityMeter.NONE, "test");
    }

    APIGatewayV2HTTPResponse get() {
        return call("GET", Routes.CHAINS, null, TOKEN);
    }

    APIGatewayV2HTTPResponse put(String body) {
        return call("PUT", Routes.CHAINS, body, TOKEN);
    }

    /** {@code method /v1/chains?<query>} (GET or PUT) as API Gateway hands it over, query parameters decoded. */
    APIGatewayV2HTTPResponse chains(String method, Map<String, String> query, String body) {
        return handler.handleRequest(HttpApiEvents.request(method, method + " " + Routes.CHAINS, Routes.CHAINS, query,
                body, "Bearer " + TOKEN), null);
    }

    /** A request as API Gateway routes it when {@code path} is the chains path, otherwise unrouted ($default). */
    APIGatewayV2HTTPResponse call(String method, String path, String body, String token) {
        return handler.handleRequest(event(method, path, body, token == null ? null : "Bearer " + token), null);
    }

    static APIGatewayV2HTTPEvent event(String method, String path, String body, String authorization) {
        return HttpApiEvents.request(method, Routes.CHAINS.equals(path) ? method + " " + path : "$default", path, null,
                body, authorization);
    }

    /** {@code GET /v1/tasks?<query>} as API Gateway hands it over: routed, query parameters decoded. */
    APIGatewayV2HTTPResponse listTasks(Map<String, String> query) {
        return listTasks(query, TOKEN);
    }

    APIGatewayV2HTTPResponse listTasks(Map<String, String> query, String token) {
        String rawQuery = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("GET " + Routes.TASKS)
                .withRawPath(Routes.TASKS)
                .withRawQueryString(rawQuery)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withHeaders(token == null ? Map.of() : Map.of("authorization", "Bearer " + token))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET")
                                .withPath(Routes.TASKS).build())
                        .build())
                .build(), null);
    }

    /** {@code PATCH /v1/tasks/{taskId}} as API Gateway hands it over: the id percent-encoded in the raw path, decoded
     *  in the path parameters. */
    APIGatewayV2HTTPResponse closeTask(String taskId, String body) {
        return closeTask(taskId, body, TOKEN);
    }

    APIGatewayV2HTTPResponse closeTask(String taskId, String body, String token) {
        return handler.handleRequest(closeTaskEvent(taskId, body, token), null);
    }

    APIGatewayV2HTTPEvent closeTaskEvent(String taskId, String body) {
        return closeTaskEvent(taskId, body, TOKEN);
    }

    static APIGatewayV2HTTPEvent closeTaskEvent(String taskId, String body, String token) {
        return taskEvent("PATCH", taskId, body, token);
    }

    /** {@code GET /v1/tasks/{taskId}}. */
    APIGatewayV2HTTPResponse readTask(String taskId) {
        return readTask(taskId, TOKEN);
    }

    APIGatewayV2HTTPResponse readTask(String taskId, String token) {
        return handler.handleRequest(taskEvent("GET", taskId, null, token), null);
    }

    /** A request on one task as API Gateway hands it over: the id percent-encoded in the raw path, decoded in the
     *  path parameters. */
    private static APIGatewayV2HTTPEvent taskEvent(String method, String taskId, String body, String token) {
        String rawPath = Routes.TASKS + "/" + encode(taskId);
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(method + " " + Routes.TASK)
                .withRawPath(rawPath)
                .withPathParameters(Map.of(Routes.TASK_ID, taskId))
                .withHeaders(token == null ? Map.of() : Map.of("authorization", "Bearer " + token))
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method)
                                .withPath(rawPath).build())
                        .build())
                .build();
    }

    /** A path segment percent-encoded as a browser's encodeURIComponent would: '+' as %2B, space as %20. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * An open call task of customer {@code customerKey} at {@code store}, as the chain worker opens it: episode
     * fell-asleep@2026-12-05, step {@code step}.
     */
    static CallTask openTask(String customerKey, int step, String store, Instant deadline) {
        return new CallTask(customerKey + "/fell-asleep@2026-12-05#" + step, customerKey, store, "Анна " + customerKey,
                "+7916123456" + step, "2", LocalDate.parse("2025-09-01"), new BigDecimal("1450.50"), step,
                "Не приходит с 01.09.2025", deadline.minusSeconds(3 * 86_400), deadline,
                CallTask.OPEN, null, null, null);
    }

    /** The ids of a task list answer, in order. */
    static List<String> taskIds(APIGatewayV2HTTPResponse response) {
        List<String> ids = new ArrayList<>();
        json(response).get("tasks").forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    /** What the stats function keeps: the shop's purchases and net spent. */
    void shopTotals(long purchases, String netSpent) {
        LocalDynamo.client().putItem(b -> b.tableName(table).item(Map.of(
                ChainsTable.PK, AttributeValue.fromS("shop"), ChainsTable.SK, AttributeValue.fromS("totals"),
                "purchases", AttributeValue.fromN(Long.toString(purchases)), "netSpent", AttributeValue.fromN(netSpent))));
    }

    /** The sort keys of the stored configuration versions. */
    List<String> storedVersions() {
        List<String> keys = new ArrayList<>();
        for (var item : LocalDynamo.scan(table)) {
            if (item.get(ChainsTable.PK).s().equals("config")) {
                keys.add(item.get(ChainsTable.SK).s());
            }
        }
        keys.sort(null);
        return keys;
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        return ApiAnswers.json(response);
    }

    /** Each error of an error answer as "field: message". */
    static List<String> errors(APIGatewayV2HTTPResponse response) {
        return ApiAnswers.errors(response);
    }

    /** A document with one chain for segment 1 whose only step is {@code step}, and {@code budget}. */
    static String oneStep(String budget, String step) {
        return """
                {"budget": %s,
                 "chains": [{"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%s]}]}"""
                .formatted(budget, step);
    }

    /** A first step that sends a Russian SMS of {@code text}. */
    static String smsStep(String text) {
        return """
                {"offsetDays": 0, "channels": ["sms"], "messages": {"sms": {"ru": {"text": "%s"}}}}""".formatted(text);
    }

    /** {@code document} is refused for one mistake only, at {@code field}, its reason starting so; nothing stored. */
    void assertRefusedForOneMistake(String document, String field, String reasonStart) {
        APIGatewayV2HTTPResponse response = put(document);
        assertEquals(400, response.getStatusCode(), response.getBody());
        List<String> errors = errors(response);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().startsWith(field + ": " + reasonStart),
                errors.toString());
        assertEquals(List.of(), storedVersions());
    }

    /** A step granting {@code amount} for 7 days with a Russian SMS. */
    static String bonusStep(String amount) {
        return """
                {"offsetDays": 0, "bonus": {"amount": %s, "validDays": 7}, "channels": ["sms"],
                 "messages": {"sms": {"ru": {"text": "Дарим {amount} рублей до {until}"}}}}""".formatted(amount);
    }
}

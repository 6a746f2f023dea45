package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.tasks.CallTask;
import io.winback.dynamo.ChainsTable;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.NOW;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.openTask;
import static io.winback.chainsapi.ChainsApiFixture.taskIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class StaffRecordHowTheCallWentAndTheTaskClosesTest {
    private static final String ANNA = "C-1/fell-asleep@2026-12-05#2";
    private static final String BORIS = "C-2/fell-asleep@2026-12-05#2";
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    StaffRecordHowTheCallWentAndTheTaskClosesTest() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", NOW.plusSeconds(86_400)));
        fixture.tasks.openTask(openTask("C-2", 2, "12", NOW.plusSeconds(2 * 86_400)));
    }

    @Test
    void theOutcomeIsRecordedAndTheTaskLeavesTheOpenList() {
        APIGatewayV2HTTPResponse response = fixture.closeTask(ANNA,
                "{\"outcome\": \"will_come\", \"comment\": \"Придёт в субботу\"}");

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode task = json(response);
        assertEquals(ANNA, task.get("id").asText());
        assertEquals("done", task.get("status").asText());
        assertEquals("will_come", task.get("outcome").asText());
        assertEquals("Придёт в субботу", task.get("comment").asText());
        assertEquals(NOW.toString(), task.get("doneAt").asText());
        assertEquals("+79161234562", task.get("phone").asText());
        assertEquals(List.of(BORIS), taskIds(fixture.listTasks(Map.of("store", "12"))));

        CallTask stored = fixture.tasks.task(ANNA).orElseThrow();
        assertEquals(CallTask.DONE, stored.status());
        assertEquals(NOW, stored.doneAt());
        var item = LocalDynamo.client().getItem(b -> b.tableName(fixture.table)
                .key(Map.of(ChainsTable.PK, software.amazon.awssdk.services.dynamodb.model.AttributeValue
                                .fromS("task#" + ANNA),
                        ChainsTable.SK, software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("task"))))
                .item();
        assertEquals("done#12", item.get(ChainsTable.TASK_QUEUE).s(), "moved to the store's closed list");
    }

    @Test
    void theCommentIsOptional() {
        APIGatewayV2HTTPResponse response = fixture.closeTask(ANNA, "{\"outcome\": \"no_answer\"}");

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("no_answer", json(response).get("outcome").asText());
        assertFalse(json(response).has("comment"), response.getBody());
    }

    @Test
    void theSameOutcomeSentAgainIsAnsweredWithTheTaskAsFirstClosed() {
        String body = "{\"outcome\": \"reached\", \"comment\": \"перезвонить в мае\"}";
        APIGatewayV2HTTPResponse first = fixture.closeTask(ANNA, body);
        ChainsApiHandler later = new ChainsApiHandler(LocalDynamo.client(), fixture.config,
                java.time.Clock.fixed(Instant.parse("2025-11-20T12:00:00Z"), java.time.ZoneOffset.UTC));

        APIGatewayV2HTTPResponse again = later.handleRequest(ChainsApiFixture.event("PATCH",
                "/v1/tasks/" + ChainsApiFixture.encode(ANNA), body, "Bearer " + ChainsApiFixture.TOKEN), null);

        assertEquals(200, again.getStatusCode(), again.getBody());
        assertEquals(json(first).get("doneAt"), json(again).get("doneAt"));
        assertEquals(NOW.toString(), json(again).get("doneAt").asText());
        assertEquals("reached", json(again).get("outcome").asText());
    }

    @Test
    void anotherOutcomeOnAClosedTaskIs409SayingHowAndWhenItWasClosed() {
        fixture.closeTask(ANNA, "{\"outcome\": \"no_answer\"}");

        APIGatewayV2HTTPResponse response = fixture.closeTask(ANNA, "{\"outcome\": \"will_come\"}");

        assertEquals(409, response.getStatusCode());
        assertEquals(List.of("outcome: this call task was closed as no_answer at " + NOW
                + "; a closed task is not changed"), errors(response));
        assertEquals("no_answer", fixture.tasks.task(ANNA).orElseThrow().outcome());
    }

    @Test
    void theSameOutcomeWithAnotherCommentIs409TooSoNoCommentIsLostSilently() {
        fixture.closeTask(ANNA, "{\"outcome\": \"reached\", \"comment\": \"first\"}");

        APIGatewayV2HTTPResponse response = fixture.closeTask(ANNA, "{\"outcome\": \"reached\", \"comment\": \"second\"}");

        assertEquals(409, response.getStatusCode());
        assertEquals(List.of("outcome: this call task was closed as reached at " + NOW
                + " with another comment; a closed task is not changed"), errors(response));
        assertEquals("first", fixture.tasks.task(ANNA).orElseThrow().comment());
    }

    @Test
    void anUnknownTaskIs404AndNothingIsCreated() {
        String unknown = "C-404/fell-asleep@2026-12-05#2";

        APIGatewayV2HTTPResponse response = fixture.closeTask(unknown, "{\"outcome\": \"reached\"}");

        assertEquals(404, response.getStatusCode());
        assertEquals(List.of("taskId: no call task " + unknown), errors(response));
        assertFalse(fixture.tasks.task(unknown).isPresent());
    }

    @Test
    void aPhoneKeyedCustomersTaskIsFoundThroughItsPercentEncodedId() {
        String phoneTask = "+79161234567/fell-asleep@2026-12-05#3";
        fixture.tasks.openTask(openTask("+79161234567", 3, "12", NOW.plusSeconds(86_400)));
        String rawPath = "/v1/tasks/%2B79161234567%2Ffell-asleep%402026-12-05%233";
        assertEquals(rawPath, "/v1/tasks/" + ChainsApiFixture.encode(phoneTask));

        // As API Gateway routes it: the id decoded in pathParameters.
        APIGatewayV2HTTPResponse routed = fixture.closeTask(phoneTask, "{\"outcome\": \"reached\"}");
        // As a $default route or an unrouted local call sends it: only the raw path.
        APIGatewayV2HTTPResponse unrouted = fixture.handler.handleRequest(ChainsApiFixture.event("PATCH", rawPath,
                "{\"outcome\": \"reached\"}", "Bearer " + ChainsApiFixture.TOKEN), null);

        assertEquals(200, routed.getStatusCode(), routed.getBody());
        assertEquals(phoneTask, json(routed).get("id").asText());
        assertEquals("+79161234567", json(routed).get("customerId").asText());
        assertEquals(200, unrouted.getStatusCode(), unrouted.getBody());
        assertEquals(phoneTask, json(unrouted).get("id").asText());
        assertEquals(CallTask.DONE, fixture.tasks.task(phoneTask).orElseThrow().status());
    }
}

package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.NOW;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.openTask;
import static io.winback.chainsapi.ChainsApiFixture.taskIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The calls staff made are kept with their outcomes, and a manager reads them: {@code status=closed} lists them
 * most recently closed first (per store or for all stores), and {@code GET /v1/tasks/{id}} answers one task, open
 * or closed.
 */
class AManagerReadsTheOutcomesOfTheCallsMadeTest {
    private static final String ANNA = "C-1/fell-asleep@2026-12-05#2";
    private static final String BORIS = "C-2/fell-asleep@2026-12-05#2";
    private static final String VERA = "C-3/fell-asleep@2026-12-05#2";
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    AManagerReadsTheOutcomesOfTheCallsMadeTest() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", NOW.plusSeconds(86_400)));
        fixture.tasks.openTask(openTask("C-2", 2, "12", NOW.plusSeconds(2 * 86_400)));
        fixture.tasks.openTask(openTask("C-3", 2, "7", NOW.plusSeconds(3 * 86_400)));
    }

    @Test
    void closedCallsAreListedMostRecentFirstWithTheirOutcomes() {
        fixture.clock.set(NOW.plusSeconds(60));
        assertEquals(200, fixture.closeTask(BORIS, "{\"outcome\": \"no_answer\"}").getStatusCode());
        fixture.clock.set(NOW.plusSeconds(120));
        assertEquals(200, fixture.closeTask(ANNA, "{\"outcome\": \"will_come\", \"comment\": \"В субботу\"}")
                .getStatusCode());
        fixture.clock.set(NOW.plusSeconds(180));
        assertEquals(200, fixture.closeTask(VERA, "{\"outcome\": \"refused\"}").getStatusCode());

        APIGatewayV2HTTPResponse store12 = fixture.listTasks(Map.of("status", "closed", "store", "12"));
        assertEquals(200, store12.getStatusCode(), store12.getBody());
        assertEquals(List.of(ANNA, BORIS), taskIds(store12));
        JsonNode anna = json(store12).get("tasks").get(0);
        assertEquals("will_come", anna.get("outcome").asText());
        assertEquals("В субботу", anna.get("comment").asText());
        assertEquals(NOW.plusSeconds(120).toString(), anna.get("doneAt").asText());

        assertEquals(List.of(VERA, ANNA, BORIS), taskIds(fixture.listTasks(Map.of("status", "closed"))));
        assertEquals(List.of(VERA, ANNA, BORIS), taskIds(fixture.listTasks(Map.of("status", "done"))),
                "done is the word the task's own status uses");
        assertEquals(List.of(), taskIds(fixture.listTasks(Map.of("store", "12"))), "none left to call");
    }

    @Test
    void closedCallsComePageByPage() {
        fixture.clock.set(NOW.plusSeconds(60));
        fixture.closeTask(ANNA, "{\"outcome\": \"reached\"}");
        fixture.clock.set(NOW.plusSeconds(120));
        fixture.closeTask(BORIS, "{\"outcome\": \"reached\"}");

        APIGatewayV2HTTPResponse first = fixture.listTasks(Map.of("status", "closed", "store", "12", "limit", "1"));
        assertEquals(List.of(BORIS), taskIds(first));
        String cursor = json(first).get("nextCursor").asText();
        APIGatewayV2HTTPResponse second = fixture.listTasks(Map.of("status", "closed", "store", "12", "limit", "1",
                "cursor", cursor));
        assertEquals(List.of(ANNA), taskIds(second));
        assertEquals(400, fixture.listTasks(Map.of("status", "open", "store", "12", "cursor", cursor)).getStatusCode(),
                "a cursor of the closed list is not one of the open list");
    }

    @Test
    void oneTaskIsReadByItsIdOpenOrClosed() {
        APIGatewayV2HTTPResponse open = fixture.readTask(ANNA);
        assertEquals(200, open.getStatusCode(), open.getBody());
        assertEquals("open", json(open).get("status").asText());
        assertEquals("+79161234562", json(open).get("phone").asText());

        fixture.closeTask(ANNA, "{\"outcome\": \"reached\", \"comment\": \"Всё хорошо\"}");
        JsonNode closed = json(fixture.readTask(ANNA));
        assertEquals("done", closed.get("status").asText());
        assertEquals("reached", closed.get("outcome").asText());
        assertEquals("Всё хорошо", closed.get("comment").asText());

        APIGatewayV2HTTPResponse unknown = fixture.readTask("C-9/fell-asleep@2026-12-05#2");
        assertEquals(404, unknown.getStatusCode());
        assertEquals("taskId", json(unknown).get("errors").get(0).get("field").asText());
    }
}

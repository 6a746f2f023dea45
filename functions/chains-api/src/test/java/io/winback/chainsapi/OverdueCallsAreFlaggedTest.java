package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.NOW;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.openTask;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The handler's clock stands at {@link ChainsApiFixture#NOW}; a call is overdue once its deadline is before it. */
class OverdueCallsAreFlaggedTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void aCallIsOverdueOnlyOnceItsDeadlineHasPassed() {
        fixture.tasks.openTask(openTask("C-late", 2, "12", NOW.minusSeconds(2 * 86_400)));
        fixture.tasks.openTask(openTask("C-just-late", 2, "12", NOW.minusSeconds(1)));
        fixture.tasks.openTask(openTask("C-due-now", 2, "12", NOW));
        fixture.tasks.openTask(openTask("C-tomorrow", 2, "12", NOW.plusSeconds(86_400)));

        assertEquals(Map.of("C-late", true, "C-just-late", true, "C-due-now", false, "C-tomorrow", false),
                overdueByCustomer(fixture.listTasks(Map.of("store", "12"))));
    }

    @Test
    void aClosedCallIsNoLongerOverdue() {
        fixture.tasks.openTask(openTask("C-late", 2, "12", NOW.minusSeconds(86_400)));

        APIGatewayV2HTTPResponse closed = fixture.closeTask("C-late/fell-asleep@2026-12-05#2",
                "{\"outcome\": \"no_answer\"}");

        assertEquals(200, closed.getStatusCode(), closed.getBody());
        assertEquals(false, json(closed).get("overdue").booleanValue());
    }

    private static Map<String, Boolean> overdueByCustomer(APIGatewayV2HTTPResponse response) {
        Map<String, Boolean> overdue = new LinkedHashMap<>();
        for (JsonNode task : json(response).get("tasks")) {
            overdue.put(task.get("customerId").asText(), task.get("overdue").booleanValue());
        }
        return overdue;
    }
}

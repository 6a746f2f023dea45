package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.tasks.CallTask;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.NOW;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.openTask;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CallOutcomesWithMistakesAreRefusedWithEveryProblemTest {
    private static final String TASK = "C-1/fell-asleep@2026-12-05#2";
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    CallOutcomesWithMistakesAreRefusedWithEveryProblemTest() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", NOW.plusSeconds(86_400)));
    }

    @Test
    void everyMistakeOfTheBodyIsNamedAtOnceAndTheTaskStaysOpen() {
        String body = "{\"outcome\": \"maybe\", \"comment\": \"" + "я".repeat(1001) + "\", \"coment\": \"x\"}";

        APIGatewayV2HTTPResponse response = fixture.closeTask(TASK, body);

        assertEquals(400, response.getStatusCode());
        assertEquals(List.of("coment: is not a field of a call's outcome; known: comment, outcome",
                "outcome: must be one of reached, no_answer, refused, will_come",
                "comment: may be at most 1000 characters"), errors(response));
        assertEquals(CallTask.OPEN, fixture.tasks.task(TASK).orElseThrow().status());
    }

    @Test
    void aCommentOfExactly1000CharactersIsKept() {
        APIGatewayV2HTTPResponse response = fixture.closeTask(TASK,
                "{\"outcome\": \"refused\", \"comment\": \"" + "я".repeat(1000) + "\"}");

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(1000, fixture.tasks.task(TASK).orElseThrow().comment().length());
    }

    @Test
    void theOutcomeIsRequiredAndMustBeText() {
        assertEquals(List.of("outcome: is required; must be one of reached, no_answer, refused, will_come"),
                errors(fixture.closeTask(TASK, "{\"comment\": \"hello\"}")));
        assertEquals(List.of("outcome: must be one of reached, no_answer, refused, will_come", "comment: must be text"),
                errors(fixture.closeTask(TASK, "{\"outcome\": 1, \"comment\": 2}")));
        assertEquals(List.of("outcome: must be one of reached, no_answer, refused, will_come"),
                errors(fixture.closeTask(TASK, "{\"outcome\": \"REACHED\"}")));
    }

    @Test
    void aBodyThatIsNoJsonObjectIs400() {
        for (String body : new String[]{null, "", "[]", "\"reached\"", "{\"outcome\": "}) {
            APIGatewayV2HTTPResponse response = fixture.closeTask(TASK, body);

            assertEquals(400, response.getStatusCode(), body);
            assertEquals("body", ChainsApiFixture.json(response).get("errors").get(0).get("field").asText(), body);
        }
        assertEquals(CallTask.OPEN, fixture.tasks.task(TASK).orElseThrow().status());
    }

    @Test
    void aListAskedWrongNamesEveryMistake() {
        APIGatewayV2HTTPResponse response = fixture.listTasks(Map.of("status", "archived", "limit", "0"));

        assertEquals(400, response.getStatusCode());
        assertEquals(List.of("status: must be open (the calls to make) or closed (the calls made)",
                "limit: must be a whole number from 1 to 100"), errors(response));
    }
}

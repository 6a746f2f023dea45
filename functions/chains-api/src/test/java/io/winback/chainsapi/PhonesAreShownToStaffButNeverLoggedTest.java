package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.log.JsonLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.NOW;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.openTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff must dial, so answers carry the phone; the logs, read by more people and kept longer, never do. */
class PhonesAreShownToStaffButNeverLoggedTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @AfterEach
    void restoreLog() {
        JsonLog.redirect(System.out);
    }

    @Test
    void listingAndClosingAPhoneKeyedCustomersCallLogsNoPhone() {
        String id = "+79161234567/fell-asleep@2026-12-05#3";
        fixture.tasks.openTask(openTask("+79161234567", 3, "12", NOW.plusSeconds(86_400)));
        JsonLog.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));

        APIGatewayV2HTTPResponse list = fixture.listTasks(Map.of("store", "12"));
        APIGatewayV2HTTPResponse closed = fixture.closeTask(id, "{\"outcome\": \"reached\"}");
        APIGatewayV2HTTPResponse unknown = fixture.closeTask("+79161234599/x@2026-12-05#1", "{\"outcome\": \"reached\"}");

        assertEquals("+79161234563", json(list).get("tasks").get(0).get("phone").asText());
        assertEquals("+79161234567", json(closed).get("customerId").asText());
        assertEquals(404, unknown.getStatusCode());
        String lines = log.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("\"event\":\"task_closed\",\"customer\":\"***67\""), lines);
        assertTrue(lines.contains("\"route\":\"PATCH /v1/tasks/{taskId}\",\"status\":404"), lines);
        assertFalse(lines.contains("7916123"), lines);
        assertFalse(lines.contains("%2B7916"), lines);
    }
}

package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The worked example of docs/chains.md#triggers, pasted into a PUT, and the sample event made of it
 * (events/chains-api-put-triggers.json), are accepted and read back with every trigger.
 */
class TheDocsExampleOfEachTriggerIsAcceptedAsPastedTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void theExampleOfTheTriggersSectionIsStoredAsPasted() throws Exception {
        String page = Files.readString(Path.of("../../docs/chains.md"));
        String section = page.substring(page.indexOf("## Triggers"));
        String example = section.substring(section.indexOf("```json") + "```json".length(), section.indexOf("```\n",
                section.indexOf("```json") + 1));

        APIGatewayV2HTTPResponse response = fixture.put(example);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(List.of("replenishment", "birthday", "bought", "fell-asleep"), types(json(response)));
    }

    @ParameterizedTest
    @Event(value = "../../events/chains-api-put-triggers.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleEventOfTheTriggersBecomesVersionOne(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(1, json(response).get("version").asInt());
        assertEquals(List.of("replenishment", "birthday", "bought", "fell-asleep"), types(json(fixture.get())));
    }

    /** Each chain's trigger type, the string form read as its own type. */
    private static List<String> types(JsonNode configuration) {
        List<String> types = new ArrayList<>();
        configuration.get("chains").forEach(chain -> types.add(chain.get("trigger").isTextual()
                ? chain.get("trigger").asText() : chain.at("/trigger/type").asText()));
        return types;
    }
}

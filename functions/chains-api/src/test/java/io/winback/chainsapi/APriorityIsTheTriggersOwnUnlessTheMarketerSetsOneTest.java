package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Chain;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.smsStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * When one customer is due for several chains on one day, the chain of the lowest priority starts. Left out, a
 * chain has its trigger's (refill 1, cross-sell 2, birthday 3, sleep 4); a marketer who wants birthdays first says
 * so per chain, and GET shows every chain's priority in force.
 */
class APriorityIsTheTriggersOwnUnlessTheMarketerSetsOneTest {
    private static final String STEP = smsStep("Ждём вас");
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void aMarketerPutsBirthdaysFirstAndTheOthersKeepTheirTriggersOrder() {
        APIGatewayV2HTTPResponse response = fixture.put("""
                {"chains": [
                 {"id": "birthday", "trigger": {"type": "birthday", "daysBefore": 3}, "priority": 1, "steps": [%1$s]},
                 {"id": "refill", "trigger": {"type": "replenishment", "group": "dogfood", "remindAt": 0.75},
                  "priority": 2, "steps": [%1$s]},
                 {"id": "lens", "trigger": {"type": "bought", "group": "camera", "offerGroup": "lens", "afterDays": 3},
                  "steps": [%1$s]},
                 {"id": "sleep-VIP", "trigger": "fell-asleep", "segment": "VIP", "priority": 100, "steps": [%1$s]},
                 {"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%1$s]}]}""".formatted(STEP));

        assertEquals(200, response.getStatusCode(), response.getBody());
        List<Chain> chains = new DynamoChainConfigurationStore(LocalDynamo.client(), fixture.table, Clock.systemUTC())
                .current().chains();
        assertEquals(List.of(1, 2, 2, 100, 4), chains.stream().map(Chain::priority).toList());
        JsonNode shown = json(fixture.get()).get("chains");
        assertEquals(List.of(1, 2, 2, 100, 4), List.of(shown.at("/0/priority").asInt(), shown.at("/1/priority").asInt(),
                shown.at("/2/priority").asInt(), shown.at("/3/priority").asInt(), shown.at("/4/priority").asInt()));
    }

    @Test
    void thePlaybookShowsTheSleepingCustomersPriority() {
        JsonNode chains = json(fixture.get()).get("chains");

        for (JsonNode chain : chains) {
            assertEquals(4, chain.get("priority").asInt(), chain.get("id").asText());
        }
    }

    @Test
    void aPriorityOutside1To100OrNotAWholeNumberIsRefused() {
        String document = """
                {"chains": [{"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "priority": %s,
                  "steps": [%s]}]}""";
        String reason = "must be a whole number of the order among chains due for one customer on one day "
                + "(the lowest starts) from 1 to 100";

        for (String priority : List.of("0", "101", "1.5", "\"1\"")) {
            assertEquals(List.of("chains[0].priority: " + reason), errors(fixture.put(document.formatted(priority,
                    STEP))), priority);
        }
        assertEquals(List.of(), fixture.storedVersions());
    }
}

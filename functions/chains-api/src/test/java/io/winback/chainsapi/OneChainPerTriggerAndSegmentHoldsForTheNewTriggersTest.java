package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.smsStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A trigger starts one chain per segment, and one that names no segment (everyone else's); the triggers of different
 * goods are different triggers, while two chains of one group's refill would share every occasion, and are refused.
 */
class OneChainPerTriggerAndSegmentHoldsForTheNewTriggersTest {
    private static final String STEP = smsStep("Ждём вас");
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void aBirthdayChainForEveryoneAndOneForVipsLiveSideBySide() {
        APIGatewayV2HTTPResponse response = fixture.put("""
                {"chains": [
                 {"id": "birthday", "trigger": {"type": "birthday", "daysBefore": 3}, "steps": [%1$s]},
                 {"id": "birthday-vip", "trigger": {"type": "birthday", "daysBefore": 7}, "segment": "VIP", "steps": [%1$s]},
                 {"id": "dogfood", "trigger": {"type": "replenishment", "group": "dogfood", "remindAt": 0.75}, "steps": [%1$s]},
                 {"id": "catfood", "trigger": {"type": "replenishment", "group": "catfood", "remindAt": 0.75}, "steps": [%1$s]},
                 {"id": "lens", "trigger": {"type": "bought", "group": "camera", "offerGroup": "lens", "afterDays": 3}, "steps": [%1$s]},
                 {"id": "case", "trigger": {"type": "bought", "group": "camera", "offerGroup": "case", "afterDays": 3}, "steps": [%1$s]}]}"""
                .formatted(STEP));

        assertEquals(200, response.getStatusCode(), response.getBody());
    }

    @Test
    void twoChainsOfOneTriggerForEveryoneOrForOneSegmentAreRefused() {
        APIGatewayV2HTTPResponse response = fixture.put("""
                {"chains": [
                 {"id": "birthday", "trigger": {"type": "birthday", "daysBefore": 3}, "steps": [%1$s]},
                 {"id": "birthday-early", "trigger": {"type": "birthday", "daysBefore": 7}, "steps": [%1$s]},
                 {"id": "dogfood", "trigger": {"type": "replenishment", "group": "dogfood", "remindAt": 0.75},
                  "segment": "2-3", "steps": [%1$s]},
                 {"id": "dogfood-late", "trigger": {"type": "replenishment", "group": "dogfood", "remindAt": 0.9},
                  "segment": "2-3", "steps": [%1$s]},
                 {"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%1$s]},
                 {"id": "sleep-1-again", "trigger": {"type": "fell-asleep"}, "segment": "1", "steps": [%1$s]}]}"""
                .formatted(STEP));

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(List.of(
                "chains[1].segment: chains[0] is already the birthday chain that names no segment (everyone's); "
                        + "a trigger starts one such chain, and one per segment",
                "chains[3].segment: chains[2] is already the replenishment:dogfood chain of segment 2-3; "
                        + "a trigger starts one chain per segment",
                "chains[5].segment: chains[4] is already the fell-asleep chain of segment 1; "
                        + "a trigger starts one chain per segment"),
                errors(response));
        assertEquals(List.of(), fixture.storedVersions());
    }

    @Test
    void aSleepingCustomersChainStillNamesItsSegment() {
        assertEquals(List.of("chains[0].segment: is required; must be one of 1, 2-3, 4+, VIP or a segment's id"),
                errors(fixture.put("{\"chains\": [{\"id\": \"sleep\", \"trigger\": \"fell-asleep\", \"steps\": ["
                        + STEP + "]}]}")));
    }
}

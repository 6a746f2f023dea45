package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each setting of a new trigger is checked with its path and a reason that says what would be accepted; every
 * mistake is named in one answer, and nothing is stored.
 */
class EveryMistakeInANewTriggerIsNamedWithItsPathTest {
    private static final String STEP = ChainsApiFixture.smsStep("Ждём вас");
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void everyMistakeOfEveryTriggerIsNamedInOneAnswerAndNothingIsStored() {
        String document = """
                {"chains": [
                 {"id": "refill", "trigger": {"type": "replenishment", "group": " dogfood", "remindAt": 0, "cycleDays": 0,
                   "remindAfter": 45}, "steps": [%1$s]},
                 {"id": "birthday", "trigger": {"type": "birthday", "daysBefore": 61}, "priority": 0, "steps": [%1$s]},
                 {"id": "cross", "trigger": {"type": "bought", "group": "camera", "offerGroup": "camera", "afterDays": -1,
                   "unlessBoughtWithinDays": 731}, "steps": [%1$s]},
                 {"id": "bought-nothing", "trigger": {"type": "bought"}, "steps": [%1$s]},
                 {"id": "birthday-text", "trigger": "birthday", "steps": [%1$s]},
                 {"id": "anniversary", "trigger": {"type": "anniversary"}, "steps": [%1$s]},
                 {"id": "sleep", "trigger": {"type": "fell-asleep"}, "steps": [%1$s]}]}""".formatted(STEP);

        APIGatewayV2HTTPResponse response = fixture.put(document);

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(List.of(
                "chains[0].trigger.remindAfter: is not a field here; known: type, group, remindAt, cycleDays",
                "chains[0].trigger.group: starts or ends with a space; write the group as the receipts give it, "
                        + "\"dogfood\"",
                "chains[0].trigger.remindAt: must be a number above 0 and at most 2: the share of the customer's "
                        + "cycle after their last purchase of the group when they are reminded, such as 0.75",
                "chains[0].trigger.cycleDays: must be a whole number of days of the group's cycle, used while the "
                        + "receipts show too little to learn it from 1 to 730",
                "chains[1].trigger.daysBefore: must be a whole number of days before the birthday (0: on the day) "
                        + "from 0 to 60",
                "chains[1].priority: must be a whole number of the order among chains due for one customer on one "
                        + "day (the lowest starts) from 1 to 100",
                "chains[2].trigger.offerGroup: must differ from group (camera): the offer is for what goes with the "
                        + "purchase, not for it again",
                "chains[2].trigger.afterDays: must be a whole number of days after the purchase (0: that same day) "
                        + "from 0 to 730",
                "chains[2].trigger.unlessBoughtWithinDays: must be a whole number of days before the purchase in "
                        + "which buying from offerGroup means no offer (365 when absent) from 0 to 730",
                "chains[3].trigger.group: is required; must be a text of 1 to 128 characters",
                "chains[3].trigger.offerGroup: is required; must be a text of 1 to 128 characters",
                "chains[3].trigger.afterDays: is required; must be a whole number of days after the purchase "
                        + "(0: that same day) from 0 to 730",
                "chains[4].trigger: birthday needs its settings: write it as an object, such as "
                        + "{\"type\": \"birthday\", \"daysBefore\": 3}",
                "chains[5].trigger.type: must be one of replenishment, birthday, bought, fell-asleep",
                "chains[5].segment: is required; must be one of 1, 2-3, 4+, VIP or a segment's id",
                "chains[6].segment: is required; must be one of 1, 2-3, 4+, VIP or a segment's id"),
                errors(response));
        assertEquals(List.of(), fixture.storedVersions());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"type": "replenishment", "group": "dogfood"}|chains[0].trigger.remindAt|is required; must be a number above 0 and at most 2
            {"type": "replenishment", "group": "dogfood", "remindAt": "0.75"}|chains[0].trigger.remindAt|must be a number above 0 and at most 2
            {"type": "replenishment", "group": "dogfood", "remindAt": 2.01}|chains[0].trigger.remindAt|must be a number above 0 and at most 2
            {"type": "replenishment", "group": "dogfood", "remindAt": 0.75, "cycleDays": 30.5}|chains[0].trigger.cycleDays|must be a whole number of days of the group's cycle
            {"type": "replenishment", "group": 7, "remindAt": 0.75}|chains[0].trigger.group|must be a text of 1 to 128 characters
            {"type": "replenishment", "group": "dog\\nfood", "remindAt": 0.75}|chains[0].trigger.group|must not contain control characters or line breaks
            {"type": "birthday"}|chains[0].trigger.daysBefore|is required; must be a whole number of days before the birthday (0: on the day) from 0 to 60
            {"type": "birthday", "daysBefore": 3, "group": "cakes"}|chains[0].trigger.group|is not a field here; known: type, daysBefore
            {"type": "bought", "group": "camera", "offerGroup": "", "afterDays": 3}|chains[0].trigger.offerGroup|must be a text of 1 to 128 characters
            {"type": "fell-asleep", "daysBefore": 3}|chains[0].trigger.daysBefore|is not a field here; known: type
            {"daysBefore": 3}|chains[0].trigger.type|is required; must be one of replenishment, birthday, bought, fell-asleep
            "refill"|chains[0].trigger|unknown trigger refill; use "fell-asleep" or an object with a type: replenishment, birthday, bought, fell-asleep
            ["birthday"]|chains[0].trigger|must be "fell-asleep" or an object with a type
            """)
    void aSingleMistakeIsNamedWhereItIs(String trigger, String field, String messageStart) {
        String document = """
                {"chains": [{"id": "c", "segment": "1", "trigger": %s, "steps": [%s]}]}""".formatted(trigger, STEP);

        fixture.assertRefusedForOneMistake(document, field, messageStart);
    }

    @Test
    void aGroupLongerThanAReceiptMayNameIsRefused() {
        String longest = "г".repeat(128);
        String document = """
                {"chains": [{"id": "c", "trigger": {"type": "replenishment", "group": "%s", "remindAt": 0.75},
                  "steps": [%s]}]}""";

        assertEquals(List.of("chains[0].trigger.group: must be a text of 1 to 128 characters"),
                errors(fixture.put(document.formatted(longest + "г", STEP))));
        assertEquals(200, fixture.put(document.formatted(longest, STEP)).getStatusCode());
    }

    @Test
    void theObjectFormOfFellAsleepIsTheSameTriggerAsTheString() {
        String document = """
                {"chains": [{"id": "sleep-1", "segment": "1", "trigger": {"type": "fell-asleep"}, "steps": [%s]}]}"""
                .formatted(STEP);

        APIGatewayV2HTTPResponse response = fixture.put(document);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("fell-asleep", ChainsApiFixture.json(fixture.get()).at("/chains/0/trigger").asText(),
                "written back in the string form, as every configuration before the other triggers");
    }
}

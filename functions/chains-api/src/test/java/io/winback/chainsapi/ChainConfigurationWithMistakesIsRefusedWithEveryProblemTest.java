package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainConfigurationWithMistakesIsRefusedWithEveryProblemTest {
    private static final String SMS = "\"channels\": [\"sms\"], \"messages\": {\"sms\": {\"ru\": {\"text\": \"Ждем вас\"}}}";
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void everyMistakeIsNamedByItsPathInOneAnswerAndNothingIsStored() {
        String document = """
                {"budget": {"averageCheck": null, "margin": 1.5, "share": 0.50},
                 "chains": [
                   {"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [
                     {"offsetDays": 0, "bonus": {"amount": 100.555, "validDays": 7}, "channels": ["sms"],
                      "messages": {"sms": {"ru": {"text": "Привет, {nmae}! Дарим {amount}"}}}},
                     {"offsetDays": 0, "bonus": {"amount": 180, "validDays": 91}, "channels": ["email", "email"],
                      "messages": {"email": {"ru": {"text": "Без темы"}}}},
                     {"offsetDays": 7, "call": {"deadlineDays": 31}, "conversionWindowDays": 0},
                     {"offsetDays": -1}]},
                   {"id": "sleep-1", "trigger": "birthday", "segment": "5+", "steps": []},
                   {"id": "again-1", "trigger": "fell-asleep", "segment": "1", "steps": [
                     {"offsetDays": 0, "channels": ["sms", "fax"],
                      "messages": {"sms": {"de": {"text": "Hallo"}, "en": {"text": "Hi"}}}}]}]}""";

        APIGatewayV2HTTPResponse response = fixture.put(document);

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(List.of(
                "budget.margin: must be a number above 0 and at most 1, such as 0.40 for 40 %",
                "chains[0].steps[0].bonus.amount: must be an amount above 0 with at most 2 decimals, such as 100 or 99.50",
                "chains[0].steps[0].messages.sms.ru.text: unknown placeholder {nmae}; use {name}, {amount}, {until} or {store}",
                "chains[0].steps[1].offsetDays: must be a whole number of days after the step before from 1 to 365",
                "chains[0].steps[1].bonus.validDays: must be a whole number of days from 1 to 90",
                "chains[0].steps[1].channels[1]: email is listed twice",
                "chains[0].steps[1].messages.email.ru.subject: is required; must be a text of 1 to 200 characters",
                "chains[0].steps[2].call.deadlineDays: must be a whole number of days staff have to make the call "
                        + "from 1 to 30",
                "chains[0].steps[2].conversionWindowDays: must be a whole number of days a purchase after the touch "
                        + "still counts from 1 to 90",
                "chains[0].steps[3].offsetDays: must be a whole number of days after the step before from 1 to 365",
                "chains[0].steps[3]: does nothing: give it channels with messages, a bonus or a call",
                "chains[1].id: duplicate chain id sleep-1; chains[0] has it already",
                "chains[1].trigger: birthday needs its settings: write it as an object, such as "
                        + "{\"type\": \"birthday\", \"daysBefore\": 3}",
                "chains[1].segment: unknown segment 5+; use 1, 2-3, 4+, VIP or a segment's id",
                "chains[1].steps: must be a list of at least one step",
                "chains[2].segment: chains[0] is already the fell-asleep chain of segment 1; "
                        + "a trigger starts one chain per segment",
                "chains[2].steps[0].channels[1]: must be sms or email",
                "chains[2].steps[0].messages.sms.de: is not a language of the messages; use ru or en",
                "chains[2].steps[0].messages.sms.ru: is required: sms is among the channels and ru is the default language"),
                errors(response));
        assertEquals(List.of(), fixture.storedVersions());
        assertEquals(0, json(fixture.get()).get("version").asInt());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"offsetDays": 0, "bonus": {"amount": 0, "validDays": 7}}|chains[0].steps[0].bonus.amount|must be an amount above 0
            {"offsetDays": 0, "bonus": {"amount": "100", "validDays": 7}}|chains[0].steps[0].bonus.amount|must be an amount above 0
            {"offsetDays": 0, "bonus": {"amount": 100, "validDays": 0}}|chains[0].steps[0].bonus.validDays|must be a whole number of days from 1 to 90
            {"offsetDays": 0, "bonus": {"amount": 100, "validDays": 7.5}}|chains[0].steps[0].bonus.validDays|must be a whole number
            {"offsetDays": 0, "bonus": {"amount": 100}}|chains[0].steps[0].bonus.validDays|is required
            {"offsetDays": -1, "call": {"deadlineDays": 2}}|chains[0].steps[0].offsetDays|must be a whole number of days after the trigger's day (0: that same day) from 0 to 365
            {"call": {"deadlineDays": 2}}|chains[0].steps[0].offsetDays|is required
            {"offsetDays": 0, "call": {"deadlineDays": 0}}|chains[0].steps[0].call.deadlineDays|must be a whole number of days staff have to make the call from 1 to 30
            {"offsetDays": 0}|chains[0].steps[0]|does nothing
            {"offsetDays": 0, "channels": [], "messages": {"sms": {"ru": {"text": "Ждем вас"}}}}|chains[0].steps[0]|does nothing
            {"offsetDays": 0, "channels": ["email"], "messages": {"email": {"en": {"subject": "Hi", "text": "Hi"}}}}|chains[0].steps[0].messages.email.ru|is required: email is among the channels
            {"offsetDays": 0, "channels": ["email"], "messages": {"email": {"ru": {"subject": "Привет", "text": ""}}}}|chains[0].steps[0].messages.email.ru.text|must be a text of 1 to 20000 characters
            {"offsetDays": 0, "channels": ["sms"], "messages": {"sms": {"ru": {"text": "Дарим {amount} рублей"}}}}|chains[0].steps[0].messages.sms.ru.text|{amount} names the bonus, and this step grants none
            {"offsetDays": 0, "channels": "sms", "call": {"deadlineDays": 2}}|chains[0].steps[0].channels|must be a list of channels
            {"offsetDays": 0, "channels": ["sms"], "messages": {"telegram": {}, "sms": {"ru": {"text": "Ждем"}}}}|chains[0].steps[0].messages.telegram|is not a channel; use sms or email
            {"offsetDays": 0, "offsetdays": 1, "call": {"deadlineDays": 2}}|chains[0].steps[0].offsetdays|is not a field here; known: offsetDays, bonus, channels
            {"offsetDays": 0, "call": {"deadlineDays": 2}, "conversionWindowDays": 91}|chains[0].steps[0].conversionWindowDays|must be a whole number of days a purchase after the touch still counts from 1 to 90
            """)
    void aSingleMistakeIsNamedWhereItIs(String step, String field, String messageStart) {
        fixture.assertRefusedForOneMistake(oneStep("null", step), field, messageStart);
    }

    @Test
    void anSmsOfMoreThan1000CharactersIsRefused() {
        String step = "{\"offsetDays\": 0, \"channels\": [\"sms\"], \"messages\": {\"sms\": {\"ru\": {\"text\": \""
                + "а".repeat(1001) + "\"}}}}";

        assertEquals(List.of("chains[0].steps[0].messages.sms.ru.text: must be a text of 1 to 1000 characters"),
                errors(fixture.put(oneStep("null", step))));
        assertEquals(200, fixture.put(oneStep("null", step.replace("а".repeat(1001), "а".repeat(1000))))
                .getStatusCode());
    }

    @Test
    void everyUnknownPlaceholderIsNamed() {
        String step = "{\"offsetDays\": 0, " + SMS.replace("Ждем вас", "{имя}, {name} и {shop}") + "}";

        assertEquals(List.of(
                "chains[0].steps[0].messages.sms.ru.text: unknown placeholder {имя}; use {name}, {amount}, {until} or {store}",
                "chains[0].steps[0].messages.sms.ru.text: unknown placeholder {shop}; use {name}, {amount}, {until} or {store}"),
                errors(fixture.put(oneStep("null", step))));
    }

    @Test
    void aChainWithoutIdTriggerOrSegmentIsToldWhatEachMayBe() {
        String document = "{\"chains\": [{\"id\": \"sleep#1\", \"steps\": [{\"offsetDays\": 0, "
                + "\"call\": {\"deadlineDays\": 2}}]}, {\"trigger\": 7, \"segment\": \"1\", \"steps\": \"none\"}]}";

        assertEquals(List.of(
                "chains[0].id: may hold only letters, digits, '.', '_', '+' and '-'",
                "chains[0].trigger: is required; must be \"fell-asleep\" or an object with a type: replenishment, "
                        + "birthday, bought, fell-asleep",
                "chains[0].segment: is required; must be one of 1, 2-3, 4+, VIP or a segment's id",
                "chains[1].id: is required; must be a text of 1 to 64 characters",
                "chains[1].trigger: must be \"fell-asleep\" or an object with a type: replenishment, birthday, "
                        + "bought, fell-asleep",
                "chains[1].steps: must be a list of at least one step"),
                errors(fixture.put(document)));
    }

    @Test
    void malformedJsonIsOneErrorOfTheBody() {
        APIGatewayV2HTTPResponse response = fixture.put("{\"chains\": [");

        assertEquals(400, response.getStatusCode());
        assertTrue(errors(response).getFirst().startsWith("body: malformed JSON"), response.getBody());
        assertEquals(List.of("body: must be a JSON object with the chains and the budget"), errors(fixture.put(null)));
        assertEquals(List.of("body: must be a JSON object with the chains and the budget"), errors(fixture.put("[]")));
    }

    @Test
    void withoutChainsTheDocumentIsRefusedButAnEmptyListStopsEveryChain() {
        assertEquals(List.of("chains: is required; must be a list of chains (an empty list stops every chain)"),
                errors(fixture.put("{\"budget\": null}")));

        APIGatewayV2HTTPResponse stopped = fixture.put("{\"chains\": []}");

        assertEquals(200, stopped.getStatusCode(), stopped.getBody());
        assertEquals(0, json(fixture.get()).get("chains").size());
    }
}

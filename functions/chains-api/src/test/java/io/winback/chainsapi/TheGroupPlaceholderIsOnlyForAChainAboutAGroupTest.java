package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.smsStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code {group}} names the group a refill or a cross-sell chain is about. A sleeping customer's or a birthday
 * chain has no group: the placeholder would go out empty there, so it is refused with a reason, and the list of
 * placeholders a chain may use is the one that chain has.
 */
class TheGroupPlaceholderIsOnlyForAChainAboutAGroupTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void aRefillAndACrossSellMayNameTheirGroup() {
        APIGatewayV2HTTPResponse response = fixture.put("""
                {"chains": [
                 {"id": "refill", "trigger": {"type": "replenishment", "group": "dogfood", "remindAt": 0.75},
                  "steps": [{"offsetDays": 0, "channels": ["email"], "messages": {"email": {"ru":
                   {"subject": "{group} заканчивается?", "text": "{name}, пора за {group}"}}}}]},
                 {"id": "lens", "trigger": {"type": "bought", "group": "camera", "offerGroup": "lens", "afterDays": 3},
                  "steps": [%s]}]}""".formatted(smsStep("{name}, к камере пригодится {group}")));

        assertEquals(200, response.getStatusCode(), response.getBody());
    }

    @Test
    void aSleepingCustomersOrABirthdayChainCannotNameAGroup() {
        APIGatewayV2HTTPResponse response = fixture.put("""
                {"chains": [
                 {"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%1$s]},
                 {"id": "birthday", "trigger": {"type": "birthday", "daysBefore": 3}, "steps": [{"offsetDays": 0,
                  "channels": ["email"], "messages": {"email": {"ru": {"subject": "{group} в подарок", "text": "Ждём"}}}}]},
                 {"id": "refill", "trigger": {"type": "replenishment", "group": "dogfood", "remindAt": 0.75},
                  "steps": [%2$s]}]}"""
                .formatted(smsStep("{name}, {group} ждёт вас"), smsStep("{name}, {grup} ждёт вас")));

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(List.of(
                "chains[0].steps[0].messages.sms.ru.text: {group} names a product group, and a fell-asleep chain has "
                        + "none; use {name}, {amount}, {until} or {store}",
                "chains[1].steps[0].messages.email.ru.subject: {group} names a product group, and a birthday chain "
                        + "has none; use {name}, {amount}, {until} or {store}",
                "chains[2].steps[0].messages.sms.ru.text: unknown placeholder {grup}; use {name}, {amount}, "
                        + "{until}, {store} or {group}"),
                errors(response));
        assertEquals(List.of(), fixture.storedVersions());
    }

    /**
     * A GSM-7 text naming a Cyrillic group goes out as UCS-2: the parts counted at the longest values put the group
     * in as the receipts name it, so the marketer sees what the message costs.
     */
    @Test
    void theSmsIsCountedWithTheGroupInIt() {
        String text = "Time to refill your {group}? " + "a".repeat(40);
        fixture.put(refill(text));

        JsonNode sms = json(fixture.get()).at("/chains/0/steps/0/messages/sms/ru");

        assertEquals("GSM-7", sms.get("encoding").asText());
        assertEquals(1, sms.get("parts").asInt(), "69 characters as written");
        assertEquals(2, sms.get("partsWithLongestValues").asInt(), "76 characters of UCS-2 with the group in");
    }

    @Test
    void theNoteOnAnSmsOfARefillSaysTheGroupIsCountedAsItWillRead() {
        fixture.put(refill("{name}, {group}?"));

        assertEquals("{name} counted at its longest, 40 characters in any alphabet (a longer name goes out as its "
                + "first word); {amount}, {until}, {store} and {group} as they will read",
                json(fixture.get()).at("/chains/0/steps/0/messages/sms/ru/note").asText());
    }

    private static String refill(String text) {
        return """
                {"chains": [{"id": "refill", "trigger": {"type": "replenishment", "group": "Корм для собак",
                  "remindAt": 0.75}, "steps": [%s]}]}""".formatted(smsStep(text));
    }
}

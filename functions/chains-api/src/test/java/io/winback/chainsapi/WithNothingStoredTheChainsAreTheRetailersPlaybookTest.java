package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WithNothingStoredTheChainsAreTheRetailersPlaybookTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void segmentOneStartsOnTheSleepDayWithA100BonusForSevenDaysAndTheRussianSms() {
        APIGatewayV2HTTPResponse response = fixture.get();

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode configuration = json(response);
        assertEquals(0, configuration.get("version").asInt());
        JsonNode chain = configuration.get("chains").get(0);
        assertEquals("sleep-1", chain.get("id").asText());
        assertEquals("fell-asleep", chain.get("trigger").asText());
        assertEquals("1", chain.get("segment").asText());
        JsonNode first = chain.at("/steps/0");
        assertEquals(0, first.get("offsetDays").asInt());
        assertEquals("100", first.at("/bonus/amount").decimalValue().toPlainString());
        assertEquals(7, first.at("/bonus/validDays").asInt());
        assertEquals(List.of("sms", "email"), List.of(first.at("/channels/0").asText(), first.at("/channels/1").asText()));
        assertEquals("Дарим вам {amount} рублей на покупки до {until}. Ждем вас за покупкой!",
                first.at("/messages/sms/ru/text").asText());
        assertEquals("UCS-2", first.at("/messages/sms/ru/encoding").asText());
        assertEquals(70, first.at("/messages/sms/ru/length").asInt(), "70 UTF-16 units: one UCS-2 part exactly");
        assertEquals(1, first.at("/messages/sms/ru/parts").asInt());
        assertEquals("GSM-7", first.at("/messages/sms/en/encoding").asText());
        assertTrue(first.at("/messages/email/ru/subject").asText().contains("{store}"));
        assertTrue(first.get("call").isNull(), "absent fields are shown as null, so marketers see what they may set");
        assertEquals(7, first.get("conversionWindowDays").asInt());
    }

    @Test
    void thenA180BonusAWeekLaterAndThenACallTaskForEverySegment() {
        JsonNode chains = json(fixture.get()).get("chains");

        assertEquals(4, chains.size());
        List<String> segments = List.of("1", "2-3", "4+", "VIP");
        for (int i = 0; i < chains.size(); i++) {
            JsonNode steps = chains.get(i).get("steps");
            assertEquals(segments.get(i), chains.get(i).get("segment").asText());
            assertEquals(3, steps.size());
            assertEquals(7, steps.at("/1/offsetDays").asInt());
            assertEquals("180", steps.at("/1/bonus/amount").decimalValue().toPlainString());
            assertEquals(7, steps.at("/2/offsetDays").asInt());
            assertTrue(steps.at("/2/bonus").isNull());
            assertEquals(0, steps.at("/2/channels").size());
            assertEquals(2, steps.at("/2/call/deadlineDays").asInt());
        }
    }

    @Test
    void theBudgetCapIsFortyPercentMarginHalfGivenAwayOnTheShopsRealAverageCheck() {
        JsonNode budget = json(fixture.get()).get("budget");

        assertTrue(budget.get("averageCheck").isNull());
        assertEquals("0.40", budget.get("margin").decimalValue().toPlainString());
        assertEquals("0.50", budget.get("share").decimalValue().toPlainString());
    }

    @Test
    void readingThePlaybookStoresNothing() {
        fixture.get();

        assertEquals(List.of(), fixture.storedVersions());
    }
}

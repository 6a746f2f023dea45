package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SmsTextsReportTheirEncodingAndPartsTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @ParameterizedTest(name = "{0} × {1}: {2}, {3} units, {4} part(s)")
    @CsvSource({
            "a, 160, GSM-7, 160, 1",
            "a, 161, GSM-7, 161, 2",
            "a, 306, GSM-7, 306, 2",
            "a, 307, GSM-7, 307, 3",
            "ж, 70, UCS-2, 70, 1",
            "ж, 71, UCS-2, 71, 2",
            "ж, 134, UCS-2, 134, 2",
            "ж, 135, UCS-2, 135, 3",
            "€, 80, GSM-7, 160, 1",
            "€, 81, GSM-7, 162, 2"})
    void getReportsHowEachSmsTextTravels(String character, int times, String encoding, int length, int parts) {
        String text = character.repeat(times);
        store(text);

        JsonNode sms = json(fixture.get()).at("/chains/0/steps/0/messages/sms/ru");

        assertEquals(text, sms.get("text").asText());
        assertEquals(encoding, sms.get("encoding").asText());
        assertEquals(length, sms.get("length").asInt());
        assertEquals(parts, sms.get("parts").asInt());
    }

    @ParameterizedTest
    @CsvSource({"'{\"text\": \"Hi\", \"encoding\": \"UCS-2\", \"parts\": 9, \"length\": 1}'"})
    void whatIsSentBackAboutAnSmsIsIgnoredAndComputedAgain(String message) {
        APIGatewayV2HTTPResponse response = fixture.put(oneStep("null", """
                {"offsetDays": 0, "channels": ["sms"], "messages": {"sms": {"ru": %s}}}""".formatted(message)));

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode sms = json(fixture.get()).at("/chains/0/steps/0/messages/sms/ru");
        assertEquals("GSM-7", sms.get("encoding").asText());
        assertEquals(1, sms.get("parts").asInt());
        assertEquals(2, sms.get("length").asInt());
    }

    /**
     * «Привет, {name}!» is 15 characters as written, one part; a customer whose name is 40 Cyrillic letters gets 48
     * characters, still one. A Latin text with {name} is one GSM-7 part as written, but a Cyrillic name turns it into
     * UCS-2: what the marketer sees says so, per text.
     */
    @ParameterizedTest(name = "{0}: {1} part(s) as written, {2} at the longest")
    @CsvSource(delimiter = '|', value = {
            "Привет, {name}!|1|1",
            "Hello {name}, we have missed you at {store}. Come back by {until} and get {amount} off your next visit, "
                    + "our coffee is waiting for you!|1|3",
            "Ждём вас снова в {store}! Дарим {amount} бонусов до {until}. Покажите это сообщение на кассе|2|2"})
    void eachTextAlsoSaysWhatItCostsWithItsPlaceholdersAtTheirLongest(String text, int asWritten, int longest) {
        APIGatewayV2HTTPResponse response = fixture.put(oneStep("null", """
                {"offsetDays": 0, "bonus": {"amount": 1000, "validDays": 7}, "channels": ["sms"],
                 "messages": {"sms": {"ru": {"text": "%s"}}}}""".formatted(text)));
        assertEquals(200, response.getStatusCode(), response.getBody());

        JsonNode sms = json(fixture.get()).at("/chains/0/steps/0/messages/sms/ru");

        assertEquals(asWritten, sms.get("parts").asInt(), sms.toString());
        assertEquals(longest, sms.get("partsWithLongestValues").asInt(), sms.toString());
        assertEquals(text.contains("{name}"), sms.has("note"), sms.toString());
        if (text.contains("{name}")) {
            assertEquals("{name} counted at its longest, 40 characters in any alphabet (a longer name goes out as its "
                    + "first word); {amount}, {until} and {store} as they will read", sms.get("note").asText());
        }
        assertEquals(json(response).at("/chains/0/steps/0/messages/sms/ru"), sms, "the PUT's answer says the same");
    }

    private void store(String text) {
        APIGatewayV2HTTPResponse response = fixture.put(oneStep("null", """
                {"offsetDays": 0, "channels": ["sms"], "messages": {"sms": {"ru": {"text": "%s"}}}}""".formatted(text)));
        assertEquals(200, response.getStatusCode(), response.getBody());
    }
}

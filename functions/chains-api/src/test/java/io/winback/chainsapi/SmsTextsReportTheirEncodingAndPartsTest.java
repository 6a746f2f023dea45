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

    private void store(String text) {
        APIGatewayV2HTTPResponse response = fixture.put(oneStep("null", """
                {"offsetDays": 0, "channels": ["sms"], "messages": {"sms": {"ru": {"text": "%s"}}}}""".formatted(text)));
        assertEquals(200, response.getStatusCode(), response.getBody());
    }
}

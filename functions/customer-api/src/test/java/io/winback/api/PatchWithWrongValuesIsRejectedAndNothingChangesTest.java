package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static io.winback.api.CustomerApiFixture.errorField;
import static io.winback.api.CustomerApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchWithWrongValuesIsRejectedAndNothingChangesTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"properties\":{\"loyaltyLevel\":{\"type\":\"number\",\"value\":\"three\"}}}|properties.loyaltyLevel.value",
            "{\"properties\":{\"loyaltyLevel\":{\"type\":\"number\",\"value\":\"3\"}}}|properties.loyaltyLevel.value",
            "{\"properties\":{\"big\":{\"type\":\"number\",\"value\":1E+200}}}|properties.big.value",
            "{\"properties\":{\"since\":{\"type\":\"date\",\"value\":\"yesterday\"}}}|properties.since.value",
            "{\"properties\":{\"since\":{\"type\":\"date\",\"value\":\"2025-02-30\"}}}|properties.since.value",
            "{\"properties\":{\"pet\":{\"type\":\"boolean\",\"value\":1}}}|properties.pet.value",
            "{\"properties\":{\"pet\":{\"type\":\"boolean\",\"value\":\"true\"}}}|properties.pet.value",
            "{\"properties\":{\"label\":{\"type\":\"string\",\"value\":42}}}|properties.label.value",
            "{\"properties\":{\"pet\":{\"type\":\"colour\",\"value\":1}}}|properties.pet.type",
            "{\"properties\":{\"pet\":{\"value\":true}}}|properties.pet.type",
            "{\"properties\":{\"pet\":{\"type\":\"boolean\"}}}|properties.pet.value",
            "{\"properties\":{\"pet\":{\"type\":\"boolean\",\"value\":true,\"unit\":\"kg\"}}}|properties.pet.unit",
            "{\"properties\":{\"pet\":true}}|properties.pet",
            "{\"properties\":{\"bad name!\":{\"type\":\"string\",\"value\":\"x\"}}}|properties.bad name!",
            "{\"properties\":{\"\":{\"type\":\"string\",\"value\":\"x\"}}}|properties.",
            "{\"properties\":[]}|properties",
            "{\"status\":\"sleeping\"}|status",
            "{\"status\":null}|status",
            "{\"status\":\"CONTROL\"}|status",
            "{\"gender\":\"X\"}|gender",
            "{\"gender\":\"f\"}|gender",
            "{\"gender\":\"female\"}|gender",
            "{\"birthday\":\"2030-01-01\"}|birthday",
            "{\"birthday\":\"2025-11-21\"}|birthday",
            "{\"birthday\":\"1899-12-31\"}|birthday",
            "{\"birthday\":\"01.04.1990\"}|birthday",
            "{\"birthday\":19900401}|birthday",
            "{\"name\":\"\"}|name",
            "{\"name\":42}|name",
            "{\"vip\":\"yes\"}|vip",
            "{\"vip\":null}|vip",
            "{\"consent\":{\"sms\":\"no\"}}|consent.sms",
            "{\"consent\":{\"email\":null}}|consent.email",
            "{\"consent\":{\"push\":true}}|consent.push",
            "{\"consent\":true}|consent",
            "{\"consent\":null}|consent",
            "{\"segment\":\"VIP\"}|segment",
            "{\"stats\":{\"purchases\":100}}|stats",
            "{\"name\":|body",
            "{\"name\":\"a\",\"name\":\"b\"}|body",
            "[]|body",
            "\"name\"|body",
            "null|body"})
    void aWrongValueIsRefusedWithItsFieldAndNothingIsWritten(String body, String field) {
        Customer before = fixture.stored("C-1001");
        // The same mistake next to a valid change: the valid part must not be written either.
        String withValidChange = body.startsWith("{\"") ? "{\"name\":\"Changed\"," + body.substring(1) : body;

        APIGatewayV2HTTPResponse plain = fixture.patch("C-1001", body);
        APIGatewayV2HTTPResponse mixed = fixture.patch("C-1001", withValidChange);

        assertEquals(400, plain.getStatusCode(), plain.getBody());
        assertEquals(field, errorField(plain), plain.getBody());
        assertEquals(400, mixed.getStatusCode(), mixed.getBody());
        assertEquals(before, fixture.stored("C-1001"), "a refused PATCH writes nothing");
    }

    @Test
    void aValueOfTheWrongTypeIsToldWhichTypeWasDeclared() {
        JsonNode error = json(fixture.patch("C-1001",
                "{\"properties\":{\"loyaltyLevel\":{\"type\":\"number\",\"value\":\"three\"}}}")).at("/errors/0");

        assertEquals("properties.loyaltyLevel.value", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("number"), error.toString());
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        APIGatewayV2HTTPResponse response = fixture.patch("C-1001", "{\"gender\":\"X\",\"vip\":\"yes\",\"colour\":\"red\","
                + "\"properties\":{\"a\":{\"type\":\"date\",\"value\":3},\"b\":{\"type\":\"number\",\"value\":2}}}");

        assertEquals(400, response.getStatusCode());
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("colour", "gender", "vip", "properties.a.value"), fields);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyBodyIsRefused(String body) {
        APIGatewayV2HTTPResponse response = fixture.patch("C-1001", body);

        assertEquals(400, response.getStatusCode());
        assertEquals("body", errorField(response));
    }

    @Test
    void aMissingBodyIsRefused() {
        APIGatewayV2HTTPResponse response = fixture.patch("C-1001", null);

        assertEquals(400, response.getStatusCode());
        assertEquals("body", errorField(response));
    }

    @Test
    void tooLongTextIsRefused() {
        String name = "x".repeat(CustomerPatchParser.MAX_NAME_LENGTH + 1);
        String text = "y".repeat(CustomPropertyReader.MAX_TEXT_LENGTH + 1);

        assertEquals("name", errorField(fixture.patch("C-1001", "{\"name\":\"" + name + "\"}")));
        assertEquals("properties.note.value", errorField(fixture.patch("C-1001",
                "{\"properties\":{\"note\":{\"type\":\"string\",\"value\":\"" + text + "\"}}}")));
        assertEquals("properties." + "n".repeat(65), errorField(fixture.patch("C-1001",
                "{\"properties\":{\"" + "n".repeat(65) + "\":{\"type\":\"string\",\"value\":\"z\"}}}")));
        assertEquals(200, fixture.patch("C-1001", "{\"name\":\"" + "x".repeat(200) + "\"}").getStatusCode(), "200 fits");
    }

    @Test
    void aCustomerHoldsAtMostAHundredProperties() {
        StringBuilder hundred = new StringBuilder("{\"properties\":{");
        for (int i = 0; i < CustomerEdits.MAX_PROPERTIES; i++) {
            hundred.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"boolean\",\"value\":true}");
        }
        assertEquals(200, fixture.patch("C-1001", hundred.append("}}").toString()).getStatusCode());
        Customer full = fixture.stored("C-1001");

        APIGatewayV2HTTPResponse oneMore = fixture.patch("C-1001",
                "{\"properties\":{\"extra\":{\"type\":\"boolean\",\"value\":true}}}");
        APIGatewayV2HTTPResponse replace = fixture.patch("C-1001",
                "{\"properties\":{\"p1\":null,\"extra\":{\"type\":\"boolean\",\"value\":true}}}");

        assertEquals(400, oneMore.getStatusCode());
        assertEquals("properties", errorField(oneMore));
        assertEquals(200, replace.getStatusCode(), "removing one makes room for another");
        assertEquals(full.version() + 1, fixture.stored("C-1001").version());
    }
}

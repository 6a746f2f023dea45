package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.CustomProperty;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.winback.api.CustomerApiFixture.NOW;
import static io.winback.api.CustomerApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketerEditsCustomerTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @ParameterizedTest
    @Event(value = "../../events/customer-api-patch.json", type = APIGatewayV2HTTPEvent.class)
    void theSamplePatchSetsProfileStatusConsentAndTypedProperties(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode customer = json(fixture.get("C-1001"));
        assertEquals(json(response), customer, "PATCH answers with the customer as a GET then reads them");
        assertEquals("Anna K.", customer.at("/profile/name").asText());
        assertEquals(true, customer.at("/profile/vip").asBoolean());
        assertEquals("VIP", customer.get("segment").asText());
        assertEquals("2025-12-30", customer.get("sleepAt").asText(), "VIP: last visit + 90 days");
        assertEquals("control", customer.get("status").asText());
        assertEquals(false, customer.at("/consent/sms").asBoolean());
        assertEquals(true, customer.at("/consent/email").asBoolean(), "not mentioned, so unchanged");
        assertEquals("number", customer.at("/properties/loyaltyLevel/type").asText());
        assertEquals(3, customer.at("/properties/loyaltyLevel/value").asInt());
        assertEquals("moscow-1", customer.at("/properties/favouriteStore/value").asText());
        assertEquals("date", customer.at("/properties/lastSurvey/type").asText());
        assertEquals("2025-10-01", customer.at("/properties/lastSurvey/value").asText());
        assertEquals(true, customer.at("/properties/petOwner/value").asBoolean());
        assertEquals(3, customer.at("/stats/purchases").asInt(), "the stats are not the API's to change");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"Anna Karenina\"}|/profile/name|Anna Karenina",
            "{\"name\":\"  Anna  \"}|/profile/name|Anna",
            "{\"gender\":\"F\"}|/profile/gender|F",
            "{\"gender\":\"M\"}|/profile/gender|M",
            "{\"birthday\":\"1990-04-01\"}|/profile/birthday|1990-04-01",
            "{\"birthday\":\"2025-11-20\"}|/profile/birthday|2025-11-20",
            "{\"vip\":true}|/segment|VIP",
            "{\"vip\":false}|/profile/vip|false",
            "{\"status\":\"control\"}|/status|control",
            "{\"status\":\"archive\"}|/status|archive",
            "{\"status\":\"active\"}|/status|active",
            "{\"consent\":{\"sms\":false}}|/consent/sms|false",
            "{\"consent\":{\"email\":false}}|/consent/email|false",
            "{\"consent\":{}}|/consent/sms|true",
            "{\"properties\":{\"favouriteStore\":{\"type\":\"string\",\"value\":\"moscow-1\"}}}|/properties/favouriteStore/value|moscow-1",
            "{\"properties\":{\"loyalty.level\":{\"type\":\"number\",\"value\":2.5}}}|/properties/loyalty.level/value|2.5",
            "{\"properties\":{\"lastSurvey\":{\"type\":\"date\",\"value\":\"2025-10-01\"}}}|/properties/lastSurvey/value|2025-10-01",
            "{\"properties\":{\"pet_owner\":{\"type\":\"boolean\",\"value\":false}}}|/properties/pet_owner/value|false",
            "{\"properties\":{\"note\":{\"type\":\"string\",\"value\":\"\"}}}|/properties/note/type|string"})
    void eachFieldCanBeChangedOnItsOwn(String body, String pointer, String expected) {
        APIGatewayV2HTTPResponse response = fixture.patch("C-1001", body);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(expected, json(response).at(pointer).asText());
        assertEquals(expected, json(fixture.get("C-1001")).at(pointer).asText(), "stored, not only answered");
    }

    @Test
    void anEditIsStoredAsOneNewVersionWithItsTimeAsTheSourceOfTheFields() {
        long before = fixture.stored("C-1001").version();

        fixture.patch("C-1001", "{\"name\":\"Anna K.\",\"consent\":{\"email\":false}}");

        Customer after = fixture.stored("C-1001");
        String token = CustomerProfile.asOfToken(NOW.toEpochMilli(), "api");
        assertEquals(before + 1, after.version());
        assertEquals(token, after.profile().asOf().get("name"));
        assertEquals(token, after.profile().asOf().get("consentEmail"));
        assertFalse(token.equals(after.profile().asOf().get("phone")), "fields not edited keep their source");
    }

    @Test
    void nullClearsNameGenderAndBirthday() {
        fixture.patch("C-1001", "{\"gender\":\"F\",\"birthday\":\"1990-04-01\"}");

        JsonNode after = json(fixture.patch("C-1001", "{\"name\":null,\"gender\":null,\"birthday\":null}"));

        assertTrue(after.at("/profile/name").isMissingNode());
        assertTrue(after.at("/profile/gender").isMissingNode());
        assertTrue(after.at("/profile/birthday").isMissingNode());
        CustomerProfile stored = fixture.stored("C-1001").profile();
        assertNull(stored.name());
        assertNull(stored.gender());
        assertNull(stored.birthday());
    }

    @Test
    void aPropertyIsRemovedByNullOrByANullValue() {
        fixture.patch("C-1001", "{\"properties\":{\"a\":{\"type\":\"string\",\"value\":\"x\"},"
                + "\"b\":{\"type\":\"number\",\"value\":1},\"c\":{\"type\":\"boolean\",\"value\":true}}}");

        JsonNode after = json(fixture.patch("C-1001", "{\"properties\":{\"a\":null,\"b\":{\"type\":\"number\",\"value\":null}}}"));

        assertFalse(after.get("properties").has("a"));
        assertFalse(after.get("properties").has("b"));
        assertTrue(after.get("properties").has("c"), "a property not named stays");
        assertEquals(1, fixture.stored("C-1001").properties().size());
    }

    @Test
    void aPropertyKeepsItsDeclaredTypeInStorage() {
        fixture.patch("C-1001", "{\"properties\":{\"level\":{\"type\":\"number\",\"value\":3},"
                + "\"since\":{\"type\":\"date\",\"value\":\"2024-02-29\"},\"code\":{\"type\":\"string\",\"value\":\"3\"}}}");

        var properties = fixture.stored("C-1001").properties();

        assertEquals(new CustomProperty.Number(new BigDecimal("3")), properties.get("level"));
        assertEquals(new CustomProperty.Date(LocalDate.of(2024, 2, 29)), properties.get("since"));
        assertEquals(new CustomProperty.Text("3"), properties.get("code"), "a digit string stays a string");
    }

    @Test
    void aNumberReadsBackAsItWasAnswered() {
        // DynamoDB keeps 3.10 as 3.1; the answer to the PATCH must not promise more than a GET will show.
        APIGatewayV2HTTPResponse patched = fixture.patch("C-1001",
                "{\"properties\":{\"x\":{\"type\":\"number\",\"value\":3.10},\"y\":{\"type\":\"number\",\"value\":1E+2}}}");

        assertEquals(json(patched), json(fixture.get("C-1001")));
        assertEquals("3.1", json(patched).at("/properties/x/value").decimalValue().toPlainString());
        assertEquals("100", json(patched).at("/properties/y/value").decimalValue().toPlainString());
    }

    @Test
    void aControlCustomerStaysInTheHoldoutGroupUntilMovedBack() {
        fixture.patch("C-1001", "{\"status\":\"control\"}");
        fixture.patch("C-1001", "{\"name\":\"Anna K.\"}");

        assertEquals(CustomerStatus.CONTROL, fixture.stored("C-1001").status(), "other edits leave the status alone");

        fixture.patch("C-1001", "{\"status\":\"active\"}");
        assertEquals(CustomerStatus.ACTIVE, fixture.stored("C-1001").status());
    }

    @Test
    void anEmptyPatchChangesNothingAndWritesNothing() {
        Customer before = fixture.stored("C-1001");

        APIGatewayV2HTTPResponse response = fixture.patch("C-1001", "{}");

        assertEquals(200, response.getStatusCode());
        assertEquals(json(fixture.get("C-1001")), json(response));
        assertEquals(before, fixture.stored("C-1001"), "same version: no write");
    }

    @Test
    void aBase64EncodedBodyIsReadToo() {
        APIGatewayV2HTTPEvent event = CustomerApiFixture.routed("PATCH", Routes.CUSTOMER, "C-1001", null,
                java.util.Base64.getEncoder().encodeToString("{\"name\":\"Аня\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                CustomerApiFixture.TOKEN);
        event.setIsBase64Encoded(true);

        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("Аня", fixture.stored("C-1001").profile().name());
    }
}

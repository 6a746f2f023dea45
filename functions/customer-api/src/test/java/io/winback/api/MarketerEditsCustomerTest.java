package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStatus;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.winback.api.CustomerApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketerEditsCustomerTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @ParameterizedTest
    @Event(value = "../../events/customer-api-patch.json", type = APIGatewayV2HTTPEvent.class)
    void patchSetsProfileStatusConsentAndTypedProperties(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode customer = json(fixture.call("GET", "/v1/customers/{customerId}", "C-1001", null, null, "test-api-token"));
        assertEquals(json(response), customer, "PATCH answers with the customer as stored");
        assertEquals("Anna K.", customer.at("/profile/name").asText());
        assertEquals("VIP", customer.get("segment").asText());
        assertEquals("control", customer.get("status").asText());
        assertEquals(false, customer.at("/consent/sms").asBoolean());
        assertEquals(true, customer.at("/consent/email").asBoolean(), "not mentioned, so unchanged");
        assertEquals("number", customer.at("/properties/loyaltyLevel/type").asText());
        assertEquals(3, customer.at("/properties/loyaltyLevel/value").asInt());
        assertEquals("2025-10-01", customer.at("/properties/lastSurvey/value").asText());
        assertEquals(true, customer.at("/properties/petOwner/value").asBoolean());
        assertEquals(3, customer.at("/stats/purchases").asInt(), "stats are untouched");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"properties\":{\"loyaltyLevel\":{\"type\":\"number\",\"value\":\"three\"}}}|properties.loyaltyLevel.value",
            "{\"properties\":{\"since\":{\"type\":\"date\",\"value\":\"yesterday\"}}}|properties.since.value",
            "{\"properties\":{\"pet\":{\"type\":\"boolean\",\"value\":1}}}|properties.pet.value",
            "{\"properties\":{\"pet\":{\"type\":\"colour\",\"value\":1}}}|properties.pet.type",
            "{\"properties\":{\"bad name!\":{\"type\":\"string\",\"value\":\"x\"}}}|properties.bad name!",
            "{\"status\":\"sleeping\"}|status",
            "{\"gender\":\"X\"}|gender",
            "{\"birthday\":\"2030-01-01\"}|birthday",
            "{\"vip\":\"yes\"}|vip",
            "{\"consent\":{\"sms\":\"no\"}}|consent.sms",
            "{\"segment\":\"VIP\"}|segment",
            "{\"name\":|body",
            "[]|body"})
    void wrongValuesAreRefusedWithTheFieldAndNothingChanges(String body, String field) {
        Customer before = fixture.customers.find("C-1001").orElseThrow();

        // The same mistake next to a valid change: the valid part must not be written either.
        String withValidChange = body.startsWith("{\"") ? "{\"name\":\"Changed\"," + body.substring(1) : body;
        APIGatewayV2HTTPResponse mixed = fixture.call("PATCH", "/v1/customers/{customerId}", "C-1001", null,
                withValidChange, "test-api-token");
        APIGatewayV2HTTPResponse plain = fixture.call("PATCH", "/v1/customers/{customerId}", "C-1001", null, body, "test-api-token");

        assertEquals(400, plain.getStatusCode(), plain.getBody());
        assertEquals(field, json(plain).at("/errors/0/field").asText(), plain.getBody());
        assertEquals(400, mixed.getStatusCode(), mixed.getBody());
        assertEquals(before, fixture.customers.find("C-1001").orElseThrow(), "a refused PATCH writes nothing");
    }

    @Test
    void nullRemovesAPropertyAndGender() {
        fixture.call("PATCH", "/v1/customers/{customerId}", "C-1001", null,
                "{\"gender\":\"F\",\"properties\":{\"a\":{\"type\":\"string\",\"value\":\"x\"}}}", "test-api-token");

        JsonNode after = json(fixture.call("PATCH", "/v1/customers/{customerId}", "C-1001", null,
                "{\"gender\":null,\"properties\":{\"a\":null}}", "test-api-token"));

        assertTrue(after.at("/profile/gender").isMissingNode());
        assertFalse(after.get("properties").has("a"));
    }

    @Test
    void patchIsAppliedOverAConcurrentStatsUpdateNotInsteadOfIt() {
        // The stats stream saves the customer between the API's read and write: the API must re-read and re-apply.
        CustomerApiFixture racing = new CustomerApiFixture().withCustomerC1001();
        io.winback.domain.CustomerStore sneaky = new io.winback.domain.CustomerStore() {
            private boolean raced;

            public java.util.Optional<Customer> find(String key) {
                return racing.customers.find(key);
            }

            public boolean saveIfUnchanged(Customer customer, java.time.Instant now) {
                if (!raced) {
                    raced = true;
                    Customer current = racing.customers.find(customer.key()).orElseThrow();
                    racing.customers.saveIfUnchanged(current.apply(
                            Sales.sale("s-late", "C-1001", "2025-11-19T12:00:00+03:00", "100.00"), now,
                            racing.config.shopZone()), now);
                }
                return racing.customers.saveIfUnchanged(customer, now);
            }

            public java.util.List<String> fallingAsleepOn(java.time.LocalDate day) {
                return racing.customers.fallingAsleepOn(day);
            }
        };
        CustomerApi api = new CustomerApi(new io.winback.security.BearerTokens(java.util.List.of("t")), sneaky,
                new io.winback.dynamo.DynamoSalesStore(io.winback.testing.LocalDynamo.client(), racing.config.salesTable(),
                        io.winback.dynamo.CapacityMeter.NONE),
                new CustomerView(racing.config.segments(), racing.config.sleep()), java.time.Clock.systemUTC());

        ApiReply reply = api.answer(new CustomerApi.Request("PATCH", "/v1/customers/{customerId}", "C-1001",
                java.util.Map.of(), "{\"status\":\"archive\"}", "Bearer t"));

        assertEquals(200, reply.status(), reply.body());
        Customer stored = racing.customers.find("C-1001").orElseThrow();
        assertEquals(CustomerStatus.ARCHIVE, stored.status());
        assertEquals(4, stored.stats().purchases(), "the concurrent sale survived the edit");
    }
}

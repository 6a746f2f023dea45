package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.ContactDetail;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.json.Json;
import io.winback.log.JsonLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.winback.api.CustomerApiFixture.PHONE;
import static io.winback.api.CustomerApiFixture.TOKEN;
import static io.winback.api.CustomerApiFixture.errorField;
import static io.winback.api.CustomerApiFixture.routed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AFailureBehindTheApiIsA500WithoutDetailsTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture();

    /** DynamoDB refusing every read, as it does when throttled beyond the SDK's retries. */
    private static final CustomerStore THROTTLED = new CustomerStore() {
        public Optional<Customer> find(String key) {
            throw ProvisionedThroughputExceededException.builder().message("Rate of requests exceeds the allowed throughput").build();
        }

        public boolean saveIfUnchanged(Customer customer, Instant now) {
            throw new AssertionError("nothing is read, so nothing is written");
        }

        public boolean delete(String key) {
            throw new AssertionError("nothing is read, so nothing is deleted");
        }

        public List<Customer> findByContact(ContactDetail detail) {
            throw ProvisionedThroughputExceededException.builder().message("Rate of requests exceeds the allowed throughput").build();
        }

        public List<String> fallingAsleepOn(LocalDate day) {
            return List.of();
        }

        @Override
        public List<Sleeper> undecidedSleepersBy(LocalDate day) {
            return List.of();
        }
    };

    @AfterEach
    void restoreTheLog() {
        JsonLog.redirect(System.out);
    }

    @Test
    void theCallerGetsA500InTheErrorShapeAndTheLogGetsOneErrorLine() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        JsonLog.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CustomerApi api = fixture.apiOver(THROTTLED, Clock.systemUTC());

        APIGatewayV2HTTPResponse response = api.handle(routed("GET", Routes.CUSTOMER, PHONE, null, null, TOKEN));

        assertEquals(500, response.getStatusCode());
        assertEquals("server", errorField(response));
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("content-type"));
        assertFalse(response.getBody().contains("throughput"), "internals stay internal");
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode line = Json.readTree(lines[0]);
        assertEquals("ERROR", line.get("level").asText());
        assertEquals(500, line.get("status").asInt());
        assertEquals("GET /v1/customers/{customerId}", line.get("route").asText());
        assertEquals("***67", line.get("customer").asText());
    }
}

package io.winback.docs;

import com.networknt.schema.Schema;
import io.winback.domain.PhoneNumbers;
import io.winback.ingest.SaleParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bodies of the HTTP API events in events/*.json, which the handler tests feed to the real functions (and which
 * those functions accept), are valid against the request schemas of docs/openapi.yaml; and bodies the functions
 * refuse with a 400 are invalid against them too, so a schema cannot pass by accepting anything.
 */
class TheSampleEventsValidateAgainstThePublishedContractTest {
    private static OpenApiContract contract;

    @BeforeAll
    static void load() throws Exception {
        contract = OpenApiContract.load(OpenApiContract.repositoryRoot().resolve("docs/openapi.yaml"));
    }

    /** An HTTP API (payload 2.0) event of events/ with a body: its route and the body as sent. */
    private record BodyEvent(Path file, String method, String pathTemplate, String body) {
    }

    private static List<BodyEvent> httpEventsWithBodies() throws Exception {
        List<BodyEvent> events = new ArrayList<>();
        try (Stream<Path> files = Files.list(OpenApiContract.repositoryRoot().resolve("events"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode event = JsonMapper.builder().build().readTree(Files.readString(file));
                String routeKey = event.path("routeKey").asString("");
                if (!event.path("version").asString("").equals("2.0") || !routeKey.contains(" ")
                        || !event.hasNonNull("body")) {
                    continue;
                }
                String body = event.path("body").asString();
                if (event.path("isBase64Encoded").asBoolean(false)) {
                    body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
                }
                events.add(new BodyEvent(file.getFileName(), routeKey.substring(0, routeKey.indexOf(' ')),
                        routeKey.substring(routeKey.indexOf(' ') + 1), body));
            }
        }
        return events;
    }

    @Test
    void everySampleRequestBodyIsValidAgainstItsRoutesRequestSchema() throws Exception {
        List<BodyEvent> events = httpEventsWithBodies();
        // The webhook's batch, a customer PATCH and two chain configuration PUTs (the sleeping customers' chains, and
        // one chain of each trigger): none may slip by unchecked.
        assertEquals(List.of("chains-api-put-triggers.json", "chains-api-put.json", "customer-api-patch.json",
                        "ingest-sales-post.json"),
                events.stream().map(e -> e.file().toString()).toList());
        for (BodyEvent event : events) {
            Optional<Schema> schema = contract.requestSchema(event.method(), event.pathTemplate());
            assertTrue(schema.isPresent(), event.method() + " " + event.pathTemplate() + " has a JSON request body");
            List<String> problems = OpenApiContract.problems(schema.get(), event.body());
            assertEquals(List.of(), problems, event.file() + " against " + event.method() + " " + event.pathTemplate());
        }
    }

    @Test
    void bodiesTheFunctionsRefuseAreInvalidAgainstTheSameSchemas() throws Exception {
        Schema sales = contract.requestSchema("POST", "/v1/sales").orElseThrow();
        Schema patch = contract.requestSchema("PATCH", "/v1/customers/{customerId}").orElseThrow();
        Schema chains = contract.requestSchema("PUT", "/v1/chains").orElseThrow();
        Schema consent = contract.requestSchema("POST", "/v1/customers/{customerId}/consent").orElseThrow();
        Schema outcome = contract.requestSchema("PATCH", "/v1/tasks/{taskId}").orElseThrow();
        String sale = "{\"saleId\":\"R-1\",\"storeId\":\"moscow-1\",\"occurredAt\":\"2026-11-20T14:05:00+03:00\","
                + "\"customer\":{\"id\":\"C-1001\"},\"total\":900.00}";
        SaleParser webhook = new SaleParser("RUB", new PhoneNumbers("7"),
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        assertTrue(webhook.parse(sale) instanceof SaleParser.Result.Valid, "the webhook takes it");
        assertEquals(List.of(), OpenApiContract.problems(sales, sale), "the README's sale");
        assertEquals(List.of(), OpenApiContract.problems(sales, "{\"sales\":[" + sale + "]}"), "as a batch");
        // Each refused by the webhook's parser (a 400) and so by the contract.
        for (String refused : List.of(
                sale.replace("900.00", "-1"),                                    // total must not be negative
                sale.replace("900.00", "900.005"),                               // at most 2 decimals
                sale.replace("900.00", "\"900.00\""),                            // a number, not a string
                sale.replace("{\"id\":\"C-1001\"}", "{\"name\":\"Anna\"}"),       // no id, phone or card
                sale.replace("\"saleId\":\"R-1\",", ""),                          // saleId is required
                sale.replace("moscow-1", "moscow\\n1"),                           // one line of text
                sale.replace("}", ",\"type\":\"REFUND\"}"),                       // SALE or RETURN
                "{\"sales\":[]}")) {                                              // 1 to 100 sales
            assertTrue(webhook.parse(refused) instanceof SaleParser.Result.Invalid, "the webhook refuses " + refused);
            assertFalse(OpenApiContract.problems(sales, refused).isEmpty(), "the contract refuses " + refused);
        }
        // The API functions' parsers refuse these too (unknown fields, values outside their lists).
        assertFalse(OpenApiContract.problems(patch, "{\"nmae\":\"Anna\"}").isEmpty(), "unknown PATCH field");
        assertFalse(OpenApiContract.problems(patch, "{\"status\":\"deleted\"}").isEmpty(), "unknown status");
        assertFalse(OpenApiContract.problems(consent, "{\"source\":\"pos\"}").isEmpty(), "no channel named");
        assertFalse(OpenApiContract.problems(outcome, "{\"outcome\":\"came_back\"}").isEmpty(), "not staff's");
        assertFalse(OpenApiContract.problems(chains, "{\"chains\":[{\"id\":\"x\",\"trigger\":\"birthday\","
                + "\"segment\":\"1\",\"steps\":[{\"offsetDays\":0,\"call\":{\"deadlineDays\":2}}]}]}").isEmpty(),
                "unknown trigger");
        // The chains API refuses these too: a trigger's settings out of range, missing or unknown, a group with a
        // space at its end.
        String chain = "{\"chains\":[{\"id\":\"x\",\"trigger\":%s,\"steps\":[{\"offsetDays\":0,"
                + "\"call\":{\"deadlineDays\":2}}]}]}";
        for (String trigger : List.of(
                "{\"type\":\"birthday\",\"daysBefore\":61}",
                "{\"type\":\"birthday\"}",
                "{\"type\":\"replenishment\",\"group\":\"dogfood \",\"remindAt\":0.75}",
                "{\"type\":\"replenishment\",\"group\":\"dogfood\",\"remindAt\":0}",
                "{\"type\":\"bought\",\"group\":\"camera\",\"offerGroup\":\"lens\",\"afterDays\":3,\"days\":1}",
                "\"birthday\"")) {
            assertFalse(OpenApiContract.problems(chains, chain.formatted(trigger)).isEmpty(), trigger);
        }
        assertEquals(List.of(), OpenApiContract.problems(chains, chain.formatted("{\"type\":\"bought\","
                + "\"group\":\"camera\",\"offerGroup\":\"lens\",\"afterDays\":3}")), "everyone's cross-sell");
    }
}

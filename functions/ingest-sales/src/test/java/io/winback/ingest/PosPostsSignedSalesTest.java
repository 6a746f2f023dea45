package io.winback.ingest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.SaleItems;
import io.winback.json.Json;
import io.winback.log.JsonLog;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static io.winback.ingest.WebhookRequests.sale;
import static io.winback.ingest.WebhookRequests.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PosPostsSignedSalesTest {
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private WinbackConfig config;
    private IngestSalesHandler handler;

    @BeforeEach
    void freshTables() {
        JsonLog.redirect(new PrintStream(logs, true, StandardCharsets.UTF_8));
        config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, "rotated-out-secret," + WebhookRequests.SECRET));
        handler = new IngestSalesHandler(LocalDynamo.client(), config,
                Clock.fixed(Instant.ofEpochSecond(WebhookRequests.NOW), ZoneOffset.UTC), CapacityMeter.NONE);
    }

    @AfterEach
    void restoreLog() {
        JsonLog.redirect(System.out);
    }

    @ParameterizedTest
    @Event(value = "../../events/ingest-sales-post.json", type = APIGatewayV2HTTPEvent.class)
    void sampleEventFromThePosIsAcceptedAndStored(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode results = body(response).get("results");
        assertEquals(2, results.size());
        results.forEach(r -> assertEquals("accepted", r.get("status").asText()));
        assertEquals(2, LocalDynamo.scan(config.salesTable()).size());
    }

    @Test
    void storedSaleKeepsEveryFieldNormalised() {
        handler.handleRequest(signed(sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900")), null);

        Map<String, AttributeValue> item = LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-1");
        assertEquals("C-1", item.get("customerKey").s());
        assertEquals("2025-11-20T11:05:00.000Z#s-1", item.get("saleSort").s());
        assertEquals("SALE", item.get("type").s());
        assertEquals(0, new java.math.BigDecimal("900.00").compareTo(new java.math.BigDecimal(item.get("total").n())));
        assertEquals("RUB", item.get("currency").s(), "the configured default currency");
        assertEquals("+79161234567", item.get("customer").m().get("phone").s());
        assertEquals("anna@example.com", item.get("customer").m().get("email").s());
        assertEquals("2", item.get("lines").l().get(0).m().get("quantity").n());
    }

    /** An internationalised domain is sendable (as punycode); only the part before the @ must be ASCII. */
    @Test
    void anAddressAtACyrillicDomainIsTaken() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(signed(sale("s-1", "C-1", "2025-11-20T14:05:00+03:00",
                "900").replace("Anna@Example.com", "Anna@Пример.рф")), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        Map<String, AttributeValue> item = LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-1");
        assertEquals("anna@пример.рф", item.get("customer").m().get("email").s());
    }

    @Test
    void retriedRequestIsReportedAsDuplicateAndChangesNothing() {
        String body = "{\"sales\":[" + sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900") + ","
                + sale("s-2", "C-1", "2025-11-20T15:05:00+03:00", "100.5") + "]}";
        handler.handleRequest(signed(body), null);
        Map<String, AttributeValue> before = LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-1");

        APIGatewayV2HTTPResponse retry = handler.handleRequest(signed(body), null);

        assertEquals(200, retry.getStatusCode());
        body(retry).get("results").forEach(r -> assertEquals("duplicate", r.get("status").asText()));
        assertEquals(before, LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-1"));
    }

    @Test
    void sameContentWrittenDifferentlyIsStillADuplicate() {
        handler.handleRequest(signed(sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900")), null);

        APIGatewayV2HTTPResponse again = handler.handleRequest(signed(
                sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900.00").replace("\"discount\":0", "\"discount\":0.00")), null);

        assertEquals("duplicate", body(again).get("results").get(0).get("status").asText());
    }

    @Test
    void sameSaleIdWithOtherContentIsAConflictAndTheStoredSaleStands() {
        handler.handleRequest(signed(sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900")), null);

        APIGatewayV2HTTPResponse changed = handler.handleRequest(
                signed(sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "901")), null);

        assertEquals(200, changed.getStatusCode());
        assertEquals("conflict", body(changed).get("results").get(0).get("status").asText());
        assertTrue(body(changed).at("/results/0/message").asText().contains("stored before with other content; the "
                + "stored sale stands"), "a conflict says why");
        assertEquals("900", LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-1").get("total").n(),
                "DynamoDB keeps numbers without trailing zeros");
    }

    @Test
    void theFirstOfTwoSalesWithOneIdInARequestIsTheOneThatCounts() {
        String body = "{\"sales\":[" + sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900") + ","
                + sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "100") + ","
                + sale("s-2", "C-1", "2025-11-20T14:06:00+03:00", "100") + "]}";

        JsonNode results = body(handler.handleRequest(signed(body), null)).get("results");

        assertEquals("accepted", results.get(0).get("status").asText());
        assertEquals("conflict", results.get(1).get("status").asText());
        assertEquals("accepted", results.get(2).get("status").asText());
        assertEquals("900", LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-1").get("total").n());
    }

    @Test
    void logLinesAreJsonAndCarryNoPhoneOrEmail() throws Exception {
        handler.handleRequest(signed(sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900")), null);
        handler.handleRequest(signed(sale("s-2", "C-1", "2025-11-20T14:05:00+03:00", "-1")), null);

        String log = logs.toString(StandardCharsets.UTF_8);
        assertFalse(log.isBlank());
        for (String line : log.split("\n")) {
            assertTrue(Json.readTree(line).has("event"), line);
        }
        assertFalse(log.contains("9161234567"), log);
        assertFalse(log.toLowerCase().contains("anna@example.com"), log);
    }

    static JsonNode body(APIGatewayV2HTTPResponse response) {
        try {
            return Json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }
}

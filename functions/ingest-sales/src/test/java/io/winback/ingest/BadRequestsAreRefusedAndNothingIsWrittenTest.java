package io.winback.ingest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.security.WebhookSignature;
import io.winback.testing.HttpApiEvents;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.winback.ingest.PosPostsSignedSalesTest.body;
import static io.winback.ingest.WebhookRequests.sale;
import static io.winback.ingest.WebhookRequests.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadRequestsAreRefusedAndNothingIsWrittenTest {
    private static final String GOOD = sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900");
    private WinbackConfig config;
    private IngestSalesHandler handler;

    @BeforeEach
    void freshTables() {
        config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, WebhookRequests.SECRET));
        handler = new IngestSalesHandler(LocalDynamo.client(), config,
                Clock.fixed(Instant.ofEpochSecond(WebhookRequests.NOW), ZoneOffset.UTC), CapacityMeter.NONE);
    }

    @AfterEach
    void nothingWasWritten() {
        assertEquals(0, LocalDynamo.scan(config.salesTable()).size(), "a refused request must write nothing");
    }

    /** Each row breaks one field of the second sale in a batch whose first sale is fine. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"saleId\":\"s-2\"|\"saleId\":\"\"|saleId|is required",
            "\"saleId\":\"s-2\"|\"saleId\":12|saleId|must be a string",
            "\"saleId\":\"s-2\"|\"saleId\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"|saleId|must be at most 64 characters",
            "\"storeId\":\"store-1\"|\"storeId\":null|storeId|is required",
            "\"storeId\":\"store-1\"|\"storeId\":\"store-1\",\"type\":\"REFUND\"|type|must be SALE or RETURN",
            "\"storeId\":\"store-1\"|\"storeId\":\"store-1\",\"originalSaleId\":\"s-0\"|originalSaleId|only a RETURN refers to an original sale",
            "\"occurredAt\":\"2025-11-20T14:05:00+03:00\"|\"occurredAt\":\"2025-11-20T14:05:00\"|occurredAt|must be ISO-8601 with an offset, e.g. 2026-11-20T14:05:00+03:00",
            "\"occurredAt\":\"2025-11-20T14:05:00+03:00\"|\"occurredAt\":\"1989-12-31T23:00:00Z\"|occurredAt|must not be before 1990-01-01",
            "\"occurredAt\":\"2025-11-20T14:05:00+03:00\"|\"occurredAt\":\"2025-11-22T14:05:00+03:00\"|occurredAt|must not be more than one day in the future",
            "\"id\":\"C-1\",\"phone\":\"8 (916) 123-45-67\"|\"phone\":\"call me\"|customer.phone|is not a phone number; send it in E.164, e.g. +79161234567",
            "\"id\":\"C-1\",\"phone\":\"8 (916) 123-45-67\"|\"nickname\":\"x\"|customer|needs at least one of id, phone, cardNumber",
            "\"email\":\"Anna@Example.com\"|\"email\":\"not-an-email\"|customer.email|is not an email address",
            "\"email\":\"Anna@Example.com\"|\"email\":\"анна@пример.рф\"|customer.email|has a part before the @ that is not ASCII; such an address needs SMTPUTF8, which Amazon SES does not support; send an address Winback can email, or none",
            "\"name\":\"Anna\"|\"name\":\"Anna\\u2028Smith\"|customer.name|must not contain control characters or line breaks (CR, LF, TAB, U+2028, U+2029)",
            "\"name\":\"Anna\"|\"name\":\"Anna\\r\\nSmith\"|customer.name|must not contain control characters or line breaks (CR, LF, TAB, U+2028, U+2029)",
            "\"name\":\"Anna\"|\"name\":\"Anna\",\"gender\":\"X\"|customer.gender|must be F or M",
            "\"name\":\"Anna\"|\"name\":\"Anna\",\"gender\":\"female\"|customer.gender|must be F or M",
            "\"name\":\"Anna\"|\"name\":\"Anna\",\"birthday\":\"1990-02-30\"|customer.birthday|must be a date yyyy-mm-dd",
            "\"name\":\"Anna\"|\"name\":\"Anna\",\"vip\":\"yes\"|customer.vip|must be true or false",
            "\"consent\":{\"sms\":true,\"email\":false}|\"consent\":{\"sms\":1}|customer.consent.sms|must be true or false, or a consent statement {granted, textVersion, givenAt}",
            "\"consent\":{\"sms\":true,\"email\":false}|\"consent\":{\"sms\":{\"granted\":true,\"textVersion\":\"2026-01\",\"givenAt\":\"2025-11-20T14:06:00+03:00\"}}|customer.consent.sms.givenAt|must not be after the sale it comes with (occurredAt 2025-11-20T14:05+03:00)",
            "\"quantity\":2|\"quantity\":0|lines[0].quantity|must be greater than 0",
            "\"price\":450.00|\"price\":-1|lines[0].price|must not be negative",
            "\"price\":450.00|\"price\":\"450\"|lines[0].price|must be a number",
            "\"discount\":0|\"discount\":0.001|lines[0].discount|must have at most 2 decimal places",
            "\"total\":900|\"total\":-900|total|must not be negative",
            "\"total\":900|\"total\":900.123|total|must have at most 2 decimal places",
            "\"total\":900|\"total\":\"900\"|total|must be a number",
            "\"total\":900|\"total\":900,\"currency\":\"rub\"|currency|must be an ISO 4217 code of three capital letters, e.g. RUB",
            "\"total\":900|\"total\":900,\"bonusRedeemed\":-5|bonusRedeemed|must not be negative",
            "\"lines\":[|\"lines\":\"none\",\"ignored\":[|lines|must be an array of at most 1000 lines"})
    void invalidFieldIsNamedWithItsIndexAndReason(String find, String replace, String field, String message) {
        String broken = sale("s-2", "C-1", "2025-11-20T14:05:00+03:00", "900").replace(find, replace);
        assertTrue(!broken.equals(sale("s-2", "C-1", "2025-11-20T14:05:00+03:00", "900")), "the row must change the sale");

        APIGatewayV2HTTPResponse response = handler.handleRequest(signed("{\"sales\":[" + GOOD + "," + broken + "]}"), null);

        assertEquals(400, response.getStatusCode(), response.getBody());
        JsonNode error = body(response).get("errors").get(0);
        assertEquals(1, error.get("index").asInt(), response.getBody());
        assertEquals(field, error.get("field").asText(), response.getBody());
        assertEquals(message, error.get("message").asText(), response.getBody());
    }

    @Test
    void everyBadFieldOfASaleIsReportedAtOnce() {
        String broken = GOOD.replace("\"total\":900", "\"total\":-1").replace("\"storeId\":\"store-1\",", "");

        JsonNode errors = body(handler.handleRequest(signed(broken), null)).get("errors");

        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("storeId", "total"), fields);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"sales\":[|body",
            "[1,2]|body",
            "\"text\"|body",
            "{\"sales\":[]}|sales",
            "{\"sales\":{}}|sales",
            "{\"sales\":[1]}|sales[0]"})
    void malformedBodiesAreA400NeverA500(String bodyText, String field) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(signed(bodyText), null);

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(field, body(response).get("errors").get(0).get("field").asText());
    }

    @Test
    void bodiesBeyondTheParsersLimitsOrWithAFieldTwiceAreA400NeverA500() {
        for (String bodyText : List.of("{\"sales\":" + "[".repeat(1001) + "]".repeat(1001) + "}",
                GOOD.replace("\"total\":900", "\"total\":" + "9".repeat(1001)),
                GOOD.replace("\"total\":900", "\"total\":900,\"total\":1"))) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(signed(bodyText), null);

            assertEquals(400, response.getStatusCode(), response.getBody());
            JsonNode error = body(response).get("errors").get(0);
            assertEquals("body", error.get("field").asText());
            assertTrue(error.get("message").asText().startsWith("malformed JSON: "), response.getBody());
        }
    }

    @Test
    void moreThanAHundredSalesInOneRequestAreRefused() {
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            sales.add(sale("s-" + i, "C-1", "2025-11-20T14:05:00+03:00", "1"));
        }

        APIGatewayV2HTTPResponse response = handler.handleRequest(signed("{\"sales\":[" + String.join(",", sales) + "]}"), null);

        assertEquals(400, response.getStatusCode());
        assertEquals("must be an array of 1 to 100 sales", body(response).get("errors").get(0).get("message").asText());
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String padded = GOOD.replace("\"name\":\"Anna\"", "\"name\":\"Anna\",\"note\":\"" + "x".repeat(1024 * 1024) + "\"");

        APIGatewayV2HTTPResponse response = handler.handleRequest(signed(padded), null);

        assertEquals(413, response.getStatusCode());
    }

    @Test
    void missingWrongOrStaleSignatureIs401() {
        byte[] bytes = GOOD.getBytes(StandardCharsets.UTF_8);
        String stale = WebhookSignature.sign(WebhookRequests.SECRET, WebhookRequests.NOW - 301, bytes);
        String wrongSecret = WebhookSignature.sign("guessed-secret", WebhookRequests.NOW, bytes);
        String otherBody = WebhookSignature.sign(WebhookRequests.SECRET, WebhookRequests.NOW, "{}".getBytes(StandardCharsets.UTF_8));

        for (String signature : new String[]{null, "garbage", stale, wrongSecret, otherBody}) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(WebhookRequests.withSignature(GOOD, signature), null);
            assertEquals(401, response.getStatusCode(), String.valueOf(signature));
            assertEquals(WebhookSignature.HEADER, body(response).get("errors").get(0).get("field").asText());
        }
    }

    @Test
    void base64EncodedBodyIsVerifiedOnItsRawBytes() {
        var event = signed(GOOD);
        event.setBody(Base64.getEncoder().encodeToString(GOOD.getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        assertEquals(200, handler.handleRequest(event, null).getStatusCode());
        LocalDynamo.client().deleteItem(b -> b.tableName(config.salesTable())
                .key(Map.of("saleId", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("s-1"))));
    }

    /** A till set to Windows-1251 sends «Анна» in bytes that are not UTF-8: refused, not stored as replacement characters. */
    @Test
    void aBodyInWindows1251IsRefusedNotStoredWithReplacementCharacters() {
        String batch = "{\"sales\":[" + GOOD + "," + GOOD.replace("s-1", "s-2").replace("Anna", "Анна") + "]}";
        byte[] cp1251 = batch.getBytes(Charset.forName("windows-1251"));
        APIGatewayV2HTTPEvent event = HttpApiEvents.withRawBody(WebhookRequests.withSignature("",
                WebhookSignature.sign(WebhookRequests.SECRET, WebhookRequests.NOW, cp1251)), cp1251);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(400, response.getStatusCode(), response.getBody());
        JsonNode error = body(response).get("errors").get(0);
        assertEquals("body", error.get("field").asText());
        assertTrue(error.get("message").asText().startsWith("must be UTF-8 text; byte "), response.getBody());
    }

    @Test
    void textAfterTheJsonIsRefused() {
        for (String trailing : new String[]{GOOD + " thanks", GOOD + GOOD, GOOD + "}", "{\"sales\":[" + GOOD + "]}]"}) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(signed(trailing), null);

            assertEquals(400, response.getStatusCode(), trailing + " -> " + response.getBody());
            JsonNode error = body(response).get("errors").get(0);
            assertEquals("body", error.get("field").asText());
            assertTrue(error.get("message").asText().contains("malformed JSON"), response.getBody());
        }
    }
}

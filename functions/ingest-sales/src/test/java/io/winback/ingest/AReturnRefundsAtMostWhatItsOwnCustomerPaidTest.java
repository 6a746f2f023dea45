package io.winback.ingest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.SaleItems;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.winback.ingest.PosPostsSignedSalesTest.body;
import static io.winback.ingest.WebhookRequests.sale;
import static io.winback.ingest.WebhookRequests.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna (C-1) bought for 100. A till that sent a return of 999,999,999 against it, or a return of Boris's sale under
 * Anna's card, was taken, and the month's net revenue went to −999,988,559. A return now refers to a sale of the same
 * customer and, with the earlier returns of that sale, refunds at most what it came to; a return of a sale Winback
 * never saw is taken, and counted as unmatched.
 */
class AReturnRefundsAtMostWhatItsOwnCustomerPaidTest {
    private static final String DAY = "2025-11-20T14:05:00+03:00";
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS,
            WebhookRequests.SECRET));
    private final IngestSalesHandler handler = new IngestSalesHandler(LocalDynamo.client(), config,
            Clock.fixed(Instant.ofEpochSecond(WebhookRequests.NOW), ZoneOffset.UTC), CapacityMeter.NONE);

    AReturnRefundsAtMostWhatItsOwnCustomerPaidTest() {
        assertEquals(200, post(sale("s-anna", "C-1", DAY, "100")).getStatusCode());
        assertEquals(200, post(sale("s-boris", "C-2", DAY, "100")).getStatusCode());
    }

    @Test
    void aReturnFarAboveTheSaleIsRefusedWithWhatIsLeft() {
        APIGatewayV2HTTPResponse response = post(ret("r-1", "C-1", "s-anna", "999999999"));

        assertEquals(400, response.getStatusCode(), response.getBody());
        JsonNode error = body(response).at("/errors/0");
        assertEquals("total", error.get("field").asText());
        assertEquals("refunds 999999999.00, but sale s-anna came to 100.00 and 0.00 of it was refunded already: "
                + "at most 100.00 is left to refund", error.get("message").asText());
        assertNull(stored("r-1"));
    }

    @Test
    void aReturnOfAnotherCustomersSaleIsRefused() {
        APIGatewayV2HTTPResponse response = post(ret("r-1", "C-1", "s-boris", "10"));

        assertEquals(400, response.getStatusCode(), response.getBody());
        JsonNode error = body(response).at("/errors/0");
        assertEquals("originalSaleId", error.get("field").asText());
        assertTrue(error.get("message").asText().startsWith("s-boris is another customer's sale"), response.getBody());
        assertNull(stored("r-1"));
    }

    @Test
    void aReturnOfAReturnIsRefused() {
        assertEquals(200, post(ret("r-1", "C-1", "s-anna", "10")).getStatusCode());

        APIGatewayV2HTTPResponse response = post(ret("r-2", "C-1", "r-1", "5"));

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("originalSaleId", body(response).at("/errors/0/field").asText());
    }

    @Test
    void returnsOfOneSaleAddUpAndARetryIsADuplicateEvenWhenNothingIsLeft() {
        assertEquals("accepted", status(post(ret("r-1", "C-1", "s-anna", "60"))));
        APIGatewayV2HTTPResponse tooMuch = post(ret("r-2", "C-1", "s-anna", "50"));
        assertEquals(400, tooMuch.getStatusCode(), tooMuch.getBody());
        assertTrue(body(tooMuch).at("/errors/0/message").asText().endsWith("at most 40.00 is left to refund"));
        assertEquals("accepted", status(post(ret("r-3", "C-1", "s-anna", "40"))));

        assertEquals("duplicate", status(post(ret("r-1", "C-1", "s-anna", "60"))), "a retry is not a refusal");
        assertEquals("duplicate", status(post(ret("r-3", "C-1", "s-anna", "40"))));
        assertEquals(0, new BigDecimal("100").compareTo(refunded("s-anna")));
        assertEquals(AttributeValue.fromBool(true), stored("r-1").get(SaleItems.MATCHED_ORIGINAL));
    }

    @Test
    void returnsOfOneSaleInOneRequestCountTogetherAndNothingOfARefusedRequestIsStored() {
        APIGatewayV2HTTPResponse response = post("{\"sales\":[" + sale("s-3", "C-1", DAY, "500") + ","
                + ret("r-1", "C-1", "s-anna", "60") + "," + ret("r-2", "C-1", "s-anna", "60") + "]}");

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(2, body(response).at("/errors/0/index").asInt());
        assertEquals("total", body(response).at("/errors/0/field").asText());
        assertNull(stored("s-3"));
        assertNull(stored("r-1"));
        assertNull(refunded("s-anna"));
    }

    @Test
    void aSaleAndItsReturnInOneRequestAreBothTakenAndMatched() {
        APIGatewayV2HTTPResponse response = post("{\"sales\":[" + sale("s-3", "C-1", DAY, "500") + ","
                + ret("r-1", "C-1", "s-3", "200") + "]}");

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(0, new BigDecimal("200").compareTo(refunded("s-3")));
        assertEquals(AttributeValue.fromBool(true), stored("r-1").get(SaleItems.MATCHED_ORIGINAL));
    }

    @Test
    void aReturnListedTwiceInOneRequestIsCheckedOnceAndItsBiggerCopyIsNeverStored() {
        APIGatewayV2HTTPResponse response = post("{\"sales\":[" + ret("r-1", "C-1", "s-anna", "1") + ","
                + ret("r-1", "C-1", "s-anna", "999999999") + "]}");

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("accepted", body(response).at("/results/0/status").asText());
        assertEquals("conflict", body(response).at("/results/1/status").asText(), "the checked copy stands");
        assertEquals(0, new BigDecimal("1").compareTo(refunded("s-anna")));
        assertEquals(0, new BigDecimal("1").compareTo(new BigDecimal(stored("r-1").get("total").n())));
    }

    @Test
    void aReturnOfASaleWhoseCustomerWasErasedIsTakenUnmatched() {
        // What an erasure leaves: the receipt kept for the books under a pseudonym instead of the customer.
        LocalDynamo.client().updateItem(b -> b.tableName(config.salesTable())
                .key(Map.of("saleId", AttributeValue.fromS("s-anna")))
                .updateExpression("SET customerKey = :erased")
                .expressionAttributeValues(Map.of(":erased", AttributeValue.fromS("erased:Qx3pseudonym"))));

        APIGatewayV2HTTPResponse response = post("{\"sales\":[" + ret("r-1", "C-1", "s-anna", "30") + ","
                + sale("s-4", "C-2", DAY, "70") + "]}");

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("accepted", body(response).at("/results/0/status").asText());
        assertFalse(stored("r-1").containsKey(SaleItems.MATCHED_ORIGINAL));
        assertTrue(stored("s-4") != null, "the other customer's sale in the same request is stored too");
    }

    @Test
    void aReturnOfASaleWinbackNeverSawIsTakenUnmatched() {
        APIGatewayV2HTTPResponse response = post(ret("r-1", "C-1", "sold-before-winback", "300"));

        assertEquals("accepted", status(response));
        assertFalse(stored("r-1").containsKey(SaleItems.MATCHED_ORIGINAL));
    }

    /** Two tills return the same sale's goods at the same moment: the two together never refund more than it. */
    @Test
    void twoReturnsOfOneSaleAtOnceNeverTogetherExceedIt() throws Exception {
        try (ExecutorService tills = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                String original = "s-race-" + round;
                assertEquals(200, post(sale(original, "C-1", DAY, "100")).getStatusCode());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<APIGatewayV2HTTPResponse>> answers = new ArrayList<>();
                for (String id : List.of("a", "b")) {
                    String returnBody = ret("r-" + round + "-" + id, "C-1", original, "60");
                    answers.add(tills.submit(() -> {
                        start.await();
                        return post(returnBody);
                    }));
                }
                start.countDown();
                int taken = 0;
                for (Future<APIGatewayV2HTTPResponse> answer : answers) {
                    APIGatewayV2HTTPResponse response = answer.get();
                    if ("accepted".equals(status(response))) {
                        taken++;
                    } else {
                        String body = response.getBody();
                        assertTrue(response.getStatusCode() == 400 || body.contains("\"refused\""), body);
                    }
                }
                assertEquals(1, taken, "round " + round);
                assertEquals(0, new BigDecimal("60").compareTo(refunded(original)), "round " + round);
            }
        }
    }

    private APIGatewayV2HTTPResponse post(String bodyText) {
        return handler.handleRequest(signed(bodyText), null);
    }

    private static String status(APIGatewayV2HTTPResponse response) {
        return response.getStatusCode() != 200 ? "http " + response.getStatusCode() + " " + response.getBody()
                : body(response).at("/results/0/status").asText();
    }

    /** A return of {@code total} by customer {@code customerId} of sale {@code originalSaleId}, without lines. */
    private static String ret(String saleId, String customerId, String originalSaleId, String total) {
        return sale(saleId, customerId, DAY, total)
                .replace("\"storeId\":\"store-1\"", "\"storeId\":\"store-1\",\"type\":\"RETURN\",\"originalSaleId\":\""
                        + originalSaleId + "\"");
    }

    private Map<String, AttributeValue> stored(String saleId) {
        var item = LocalDynamo.client().getItem(b -> b.tableName(config.salesTable()).consistentRead(true)
                .key(Map.of(SaleItems.SALE_ID, AttributeValue.fromS(saleId))));
        return item.hasItem() ? item.item() : null;
    }

    private BigDecimal refunded(String saleId) {
        AttributeValue value = stored(saleId).get(SaleItems.REFUNDED_TOTAL);
        return value == null ? null : new BigDecimal(value.n());
    }
}

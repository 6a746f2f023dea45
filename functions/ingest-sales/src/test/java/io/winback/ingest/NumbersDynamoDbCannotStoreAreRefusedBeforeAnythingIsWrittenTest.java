package io.winback.ingest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static io.winback.ingest.PosPostsSignedSalesTest.body;
import static io.winback.ingest.WebhookRequests.sale;
import static io.winback.ingest.WebhookRequests.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A till sends {@code "quantity": 1e-999999}, or a weight with 50 digits: DynamoDB refuses such a number, and the
 * webhook used to find out only at the write, answering 503 "retry" for ever, with the batch's earlier sales already
 * stored. Every number of a sale is now held to what DynamoDB stores and refused with its field, nothing written.
 */
class NumbersDynamoDbCannotStoreAreRefusedBeforeAnythingIsWrittenTest {
    private static final String GOOD = sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS,
            WebhookRequests.SECRET));
    private final IngestSalesHandler handler = handlerFor(config);

    @ParameterizedTest(name = "{1} -> {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "\"quantity\":2|\"quantity\":1e-999999|lines[0].quantity|is too close to 0 to be stored; the smallest magnitude is 1E-130",
            "\"quantity\":2|\"quantity\":1.0000000000000000000000000000000000000000000000001|lines[0].quantity|has 50 significant digits; at most 38 can be stored",
            "\"quantity\":2|\"quantity\":0.0000001|lines[0].quantity|must have at most 6 decimal places",
            "\"price\":450.00|\"price\":1e-999999|lines[0].price|is too close to 0 to be stored; the smallest magnitude is 1E-130",
            "\"discount\":0|\"discount\":1e-131|lines[0].discount|is too close to 0 to be stored; the smallest magnitude is 1E-130",
            "\"total\":900|\"total\":1e-999999|total|is too close to 0 to be stored; the smallest magnitude is 1E-130",
            "\"total\":900|\"total\":900,\"bonusRedeemed\":1e-200|bonusRedeemed|is too close to 0 to be stored; the smallest magnitude is 1E-130"})
    void aNumberDynamoDbCannotStoreIsA400WithItsFieldAloneOrInABatch(String find, String replace, String field,
                                                                     String message) {
        String bad = sale("s-2", "C-1", "2025-11-20T14:05:00+03:00", "900").replace(find, replace);

        APIGatewayV2HTTPResponse alone = handler.handleRequest(signed(bad), null);
        APIGatewayV2HTTPResponse batch = handler.handleRequest(signed("{\"sales\":[" + GOOD + "," + bad + "]}"), null);

        assertEquals(400, alone.getStatusCode(), alone.getBody());
        JsonNode aloneError = body(alone).get("errors").get(body(alone).get("errors").size() - 1);
        assertEquals(field, aloneError.get("field").asText(), alone.getBody());
        assertEquals(message, aloneError.get("message").asText(), alone.getBody());
        assertEquals(400, batch.getStatusCode(), batch.getBody());
        JsonNode batchError = body(batch).get("errors").get(body(batch).get("errors").size() - 1);
        assertEquals(1, batchError.get("index").asInt(), batch.getBody());
        assertEquals(field, batchError.get("field").asText(), batch.getBody());
        assertEquals(0, LocalDynamo.scan(config.salesTable()).size(), "the good sale of the batch is not stored either");
    }

    @Test
    void theLargestAndSmallestNumbersDynamoDbStoresAreTaken() {
        String weighed = GOOD.replace("\"quantity\":2", "\"quantity\":0.000001")
                .replace("\"price\":450.00", "\"price\":999999999.99");

        APIGatewayV2HTTPResponse response = handler.handleRequest(signed(weighed), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(1, LocalDynamo.scan(config.salesTable()).size());
    }

    /** A table that is not there is DynamoDB refusing the write: the same request fails the same way tomorrow. */
    @Test
    void aWriteDynamoDbRefusesIsNotAnsweredRetry() {
        Map<String, String> env = new HashMap<>(Map.of(WinbackConfig.WEBHOOK_SECRETS, WebhookRequests.SECRET));
        env.put(WinbackConfig.SALES_TABLE, "no-such-table-" + config.salesTable());
        IngestSalesHandler misconfigured = handlerFor(WinbackConfig.from(env));

        APIGatewayV2HTTPResponse response = misconfigured.handleRequest(signed(GOOD), null);

        assertEquals(500, response.getStatusCode(), response.getBody());
        assertEquals("server", body(response).at("/errors/0/field").asText());
    }

    private static IngestSalesHandler handlerFor(WinbackConfig config) {
        return new IngestSalesHandler(LocalDynamo.client(), config,
                Clock.fixed(Instant.ofEpochSecond(WebhookRequests.NOW), ZoneOffset.UTC), CapacityMeter.NONE);
    }
}

package io.winback.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoTombstones;
import io.winback.dynamo.SaleItems;
import io.winback.erasure.Tombstone;
import io.winback.json.Json;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.winback.ingest.WebhookRequests.sale;
import static io.winback.ingest.WebhookRequests.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * C-1 was erased at 12:00 on 20 November: a till re-sending their receipts of that morning (or an import replaying the
 * history) stores none of them, while a purchase made after the erasure is a new customer's and stored.
 */
class AReceiptFromBeforeAnErasureIsNotStoredTest {
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS,
            WebhookRequests.SECRET));
    private final IngestSalesHandler handler = new IngestSalesHandler(LocalDynamo.client(), config,
            Clock.fixed(Instant.ofEpochSecond(WebhookRequests.NOW), ZoneOffset.UTC), CapacityMeter.NONE);

    @Test
    void onlyThePurchaseAfterTheErasureIsStored() throws Exception {
        new DynamoTombstones(LocalDynamo.client(), config.customersTable(), CapacityMeter.NONE, "test")
                .save(Tombstone.begin(config.erasedKeys().pseudonymOf("C-1"), Instant.parse("2025-11-20T09:00:00Z"),
                        null).asFinished());

        var response = handler.handleRequest(signed("{\"sales\":["
                + sale("s-before", "C-1", "2025-11-20T10:05:00+03:00", "900") + ","
                + sale("s-at", "C-1", "2025-11-20T12:00:00+03:00", "100") + ","
                + sale("s-after", "C-1", "2025-11-20T12:00:01+03:00", "300") + ","
                + sale("s-other", "C-2", "2025-11-20T10:05:00+03:00", "500") + "]}"), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        List<String> statuses = new ArrayList<>();
        JsonNode results = Json.readTree(response.getBody()).get("results");
        results.forEach(result -> statuses.add(result.get("saleId").asText() + " " + result.get("status").asText()));
        assertEquals(List.of("s-before erased", "s-at erased", "s-after accepted", "s-other accepted"), statuses);
        assertEquals(SalesWebhook.ERASED_MESSAGE, results.get(0).get("message").asText());
        assertNull(LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-before"));
        assertNull(LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-at"));
        assertNotNull(LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-after"));
        assertNotNull(LocalDynamo.item(config.salesTable(), SaleItems.SALE_ID, "s-other"));
    }
}

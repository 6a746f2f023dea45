package io.winback.stats;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoTombstones;
import io.winback.erasure.Tombstone;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * C-1001 was erased at 12:00 UTC on 19 November, and the stream then delivers two of their receipts the webhook had
 * stored (one made that morning, one the next day): the one made before the erasure is neither applied to a card nor
 * put in the buyers index (it would bring the person back); the one made after it starts a new customer.
 */
class AReceiptStoredAsItsCustomerWasErasedIsNotAppliedTest {

    @ParameterizedTest
    @Event(value = "../../events/customer-stats-insert.json", type = DynamodbEvent.class)
    void onlyThePurchaseAfterTheErasureMakesACustomer(DynamodbEvent event) {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        new DynamoTombstones(LocalDynamo.client(), config.customersTable(), CapacityMeter.NONE, "test")
                .save(Tombstone.begin(config.erasedKeys().pseudonymOf("C-1001"),
                        Instant.parse("2025-11-19T12:00:00Z"), null));
        CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config,
                Clock.fixed(Instant.parse("2025-11-20T11:00:00Z"), ZoneOffset.UTC), CapacityMeter.NONE);

        StreamsEventResponse response = handler.handleRequest(event, null);

        assertTrue(response.getBatchItemFailures().isEmpty());
        Map<String, AttributeValue> card = LocalDynamo.item(config.customersTable(), CustomerItems.CUSTOMER_KEY,
                "C-1001");
        assertEquals("1", card.get("purchases").n(), "only the receipt of the 20th");
        assertEquals("2025-11-20T10:40:00Z", card.get("firstPurchaseAt").s());
        assertTrue(LocalDynamo.scan(config.saleLinesTable()).stream()
                .allMatch(item -> item.get("saleId").s().equals("R-2025-000157")), "the 19th is not indexed");
    }
}

package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.testing.InterceptedDynamo;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production handlers meter nothing: their requests ask for no capacity figures, so DynamoDB sends none and the SDK
 * parses none. The bench's recording meter still gets every figure it sums.
 */
class AnUnmeteredStoreAsksDynamoDbForNoCapacityFiguresTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void theStatsStoresOfAProductionHandlerAskForNone() {
        List<String> asked = askedWhileUpdatingACustomer(CapacityMeter.NONE);

        assertEquals(List.of("PutItem NONE", "BatchGetItem NONE", "GetItem NONE", "UpdateItem NONE"), asked);
    }

    @Test
    void aRecordingMeterAsksForEachIndexOnWritesAndTheTotalOnReads() {
        CapacityMeter meter = CapacityMeter.recording();
        List<String> asked = askedWhileUpdatingACustomer(meter);

        assertEquals(List.of("PutItem INDEXES", "BatchGetItem TOTAL", "GetItem TOTAL", "UpdateItem TOTAL"), asked);
        assertTrue(meter.snapshot().get("stats.write.total") > 0, meter.snapshot().toString());
        assertTrue(meter.snapshot().get("stats.read.total") > 0, meter.snapshot().toString());
    }

    /** Saves a customer, reads it back both ways and adds to the shop totals: what each request asked for. */
    private List<String> askedWhileUpdatingACustomer(CapacityMeter meter) {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        List<String> asked = new CopyOnWriteArrayList<>();
        DynamoDbClient dynamo = recordingAsked(LocalDynamo.client(), asked);
        var store = new DynamoCustomerStore(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), meter, "stats");
        Customer customer = Customer.firstSeen("C-1")
                .apply(Sales.sale("s-1", "C-1", "2026-11-01T12:00:00+03:00", "900.00"), NOW, config.shopZone());
        assertTrue(store.saveIfUnchanged(customer, NOW));
        assertEquals(customer.stats(), store.findAll(List.of("C-1")).get("C-1").stats());
        assertEquals(customer.stats(), store.find("C-1").orElseThrow().stats());
        new DynamoShopTotalsWriter(dynamo, config.chains().chainsTable(), meter).add(1, new BigDecimal("900.00"));
        return asked;
    }

    /** The real client; each request's operation and what it asked DynamoDB to report are noted on the way. */
    private static DynamoDbClient recordingAsked(DynamoDbClient real, List<String> asked) {
        return InterceptedDynamo.of(real, (request, answer) -> {
            String operation = request.getClass().getSimpleName().replace("Request", "");
            String wanted = request.getValueForField("ReturnConsumedCapacity", String.class).orElse("absent");
            asked.add(operation + " " + wanted);
            return answer.call();
        });
    }
}

package io.winback.stats;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stats function writes each receipt's SKUs and groups to the buyers index; a redelivery writes the same. */
class AReplayedStreamBatchWritesTheBuyersIndexOnceTest {

    @ParameterizedTest
    @Event(value = "../../events/customer-stats-insert.json", type = DynamodbEvent.class)
    void aRedeliveredBatchLeavesTheBuyersIndexAsItWas(DynamodbEvent event) {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config, Clock.systemUTC(),
                CapacityMeter.NONE);

        StreamsEventResponse first = handler.handleRequest(event, null);
        List<Map<String, AttributeValue>> afterFirst = sorted(LocalDynamo.scan(config.saleLinesTable()));
        StreamsEventResponse redelivered = handler.handleRequest(event, null);

        assertTrue(first.getBatchItemFailures().isEmpty());
        assertTrue(redelivered.getBatchItemFailures().isEmpty());
        assertEquals(afterFirst, sorted(LocalDynamo.scan(config.saleLinesTable())));
        // Two receipts of customer C-1001, one line each (A1 of group coffee, B7 of group tea): four entries.
        Set<String> keys = new TreeSet<>();
        afterFirst.forEach(item -> keys.add(item.get("pk").s() + " " + item.get("sk").s()));
        assertEquals(4, keys.size(), keys.toString());
        assertEquals(Set.of("sku#A1", "group#coffee", "sku#B7", "group#tea"),
                Set.copyOf(afterFirst.stream().map(i -> i.get("pk").s()).toList()));
        afterFirst.forEach(item -> {
            assertEquals("C-1001", item.get("customerKey").s());
            assertTrue(item.get("sk").s().startsWith(item.get("saleDay").s() + "#" + item.get("storeId").s() + "#C-1001#"));
        });
    }

    private static List<Map<String, AttributeValue>> sorted(List<Map<String, AttributeValue>> items) {
        return items.stream().sorted(Comparator.comparing((Map<String, AttributeValue> i) -> i.get("pk").s())
                .thenComparing(i -> i.get("sk").s())).toList();
    }
}

package io.winback.stats;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamedSalesBecomeCustomerStatsTest {

    @ParameterizedTest
    @Event(value = "../../events/customer-stats-insert.json", type = DynamodbEvent.class)
    void sampleStreamBatchUpdatesTheCustomerOnceEvenWhenRedelivered(DynamodbEvent event) {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config, Clock.systemUTC(),
                CapacityMeter.NONE);

        StreamsEventResponse first = handler.handleRequest(event, null);
        Map<String, AttributeValue> afterFirst = LocalDynamo.item(config.customersTable(), CustomerItems.CUSTOMER_KEY, "C-1001");
        StreamsEventResponse redelivered = handler.handleRequest(event, null);

        assertTrue(first.getBatchItemFailures().isEmpty());
        assertTrue(redelivered.getBatchItemFailures().isEmpty());
        assertEquals(afterFirst, LocalDynamo.item(config.customersTable(), CustomerItems.CUSTOMER_KEY, "C-1001"),
                "a redelivered batch must not change the customer");
        Customer customer = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test")
                .find("C-1001").orElseThrow();
        assertEquals(2, customer.stats().purchases());
        assertEquals(new BigDecimal("2700.00"), customer.stats().netSpent());
        assertEquals(new BigDecimal("1350.00"), customer.stats().averageCheck());
        assertEquals(2, customer.stats().visitDays().size());
        assertEquals("+79161234567", customer.profile().phone());
        assertEquals("2-3", afterFirst.get("segment").s());
        assertEquals(customer.stats().lastVisitDay().plusDays(80).toString(), afterFirst.get("sleepAt").s());
    }
}

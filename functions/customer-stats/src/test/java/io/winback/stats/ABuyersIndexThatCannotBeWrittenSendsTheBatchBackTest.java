package io.winback.stats;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.SaleLinesTable;
import io.winback.dynamo.TableDefinitions;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The buyers index is written while the customers are updated, not after them: when it cannot be written, the batch
 * still goes back to the stream from its first record, and the redelivery counts each sale once on the card and
 * fills the index.
 */
class ABuyersIndexThatCannotBeWrittenSendsTheBatchBackTest {

    @ParameterizedTest
    @Event(value = "../../events/customer-stats-insert.json", type = DynamodbEvent.class)
    void theBatchIsRetriedFromItsFirstRecordAndTheRetryCountsEachSaleOnce(DynamodbEvent event) {
        WinbackConfig tables = LocalDynamo.freshTables(Map.of());
        String missing = tables.saleLinesTable() + "-not-yet";
        WinbackConfig config = WinbackConfig.from(Map.of(
                WinbackConfig.SALES_TABLE, tables.salesTable(), WinbackConfig.CUSTOMERS_TABLE, tables.customersTable(),
                WinbackConfig.CHAINS_TABLE, tables.chains().chainsTable(), WinbackConfig.SALE_LINES_TABLE, missing));
        CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config, Clock.systemUTC(),
                CapacityMeter.NONE);

        StreamsEventResponse first = handler.handleRequest(event, null);

        assertEquals(List.of(event.getRecords().getFirst().getDynamodb().getSequenceNumber()),
                first.getBatchItemFailures().stream().map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals("2", purchasesOf("C-1001", config));

        TableDefinitions.createIfMissing(LocalDynamo.client(), SaleLinesTable.definition(missing));
        StreamsEventResponse redelivered = handler.handleRequest(event, null);

        assertEquals(List.of(), redelivered.getBatchItemFailures());
        assertEquals("2", purchasesOf("C-1001", config));
        assertEquals(4, LocalDynamo.scan(missing).size());
    }

    private static String purchasesOf(String customer, WinbackConfig config) {
        return LocalDynamo.item(config.customersTable(), "customerKey", customer).get("purchases").n();
    }
}

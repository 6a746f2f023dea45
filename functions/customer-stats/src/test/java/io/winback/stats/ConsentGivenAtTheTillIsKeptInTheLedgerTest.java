package io.winback.stats;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoConsentLedger;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Consent a receipt carries (SMS yes, email no in the sample) becomes the customer's, and each change is kept in the
 * ledger with the sale as its source, once, however often the stream delivers the batch.
 */
class ConsentGivenAtTheTillIsKeptInTheLedgerTest {

    @ParameterizedTest
    @Event(value = "../../events/customer-stats-insert.json", type = DynamodbEvent.class)
    void eachChangeIsRecordedOnceWithTheSaleAsItsSource(DynamodbEvent event) {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config, Clock.systemUTC(),
                CapacityMeter.NONE);

        handler.handleRequest(event, null);
        handler.handleRequest(event, null);

        List<ConsentChange> ledger = new DynamoConsentLedger(LocalDynamo.client(), config.chains().chainsTable(),
                CapacityMeter.NONE, "test").history("C-1001");
        assertEquals(2, ledger.size(), "SMS granted and email declined, each once: " + ledger);
        assertEquals(Map.of(Channel.SMS, true, Channel.EMAIL, false),
                Map.of(ledger.get(0).channel(), ledger.get(0).granted(), ledger.get(1).channel(), ledger.get(1).granted()));
        ledger.forEach(change -> assertEquals("sale", change.source()));
    }
}

package io.winback.timingjob;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoTimingStore;
import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.testing.CdnowCards;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job end to end on DynamoDB Local: 2,000 CDNOW customers' cards, the handler invoked as the schedule does for
 * 30 June 1998; the shop's model is stored with its backtest, the refresh is asked to re-derive every sleep day under
 * exactly what was stored, and a rerun of the same day stores the same.
 */
class TheJobPutsTheShopsModelInForceAndHasEverySleepDayRefreshedTest {
    private static final Instant NOW = Instant.parse("1998-06-30T07:00:00Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final RecordingRefresh refresh = new RecordingRefresh();
    private final TimingJobHandler handler = new TimingJobHandler(LocalDynamo.client(), config,
            Clock.fixed(NOW, ZoneOffset.UTC), CapacityMeter.NONE, refresh);
    private final DynamoTimingStore store = new DynamoTimingStore(LocalDynamo.client(), config.chains().chainsTable(),
            CapacityMeter.NONE, "test");

    @Test
    void theModelIsStoredWithItsBacktestAndEverySleepDayIsRefreshedUnderIt() throws Exception {
        CdnowCards.save(config, 2_000, NOW);

        Map<String, Object> reply = handler.handleRequest(Map.of("scheduledTime", "1998-06-30T10:00:00+03:00"), null);

        TimingInForce inForce = store.current();
        var model = assertInstanceOf(TimingInForce.Model.class, inForce, reply.toString());
        assertEquals("bgnbd", reply.get("inForce"));
        assertEquals("1998-06-30", reply.get("day"));
        assertEquals(2_000L, reply.get("customers"));
        assertEquals(7L, reply.get("sleepDaysChanged"));
        assertEquals(List.of(inForce), refresh.calls);
        TimingReport report = store.report().orElseThrow();
        assertEquals(model, report.inForce());
        assertEquals(12, report.cutoffs().size());
        assertTrue(report.total().modelAuc() > report.total().playbookAuc(), report.total().toString());

        handler.handleRequest(Map.of("scheduledTime", "1998-06-30T10:00:00+03:00"), null);

        assertEquals(model, store.current()); // a rerun of the day changes nothing, to the last bit
        assertEquals(report, store.report().orElseThrow());
        assertEquals(List.of(inForce, inForce), refresh.calls);
    }

    @Test
    void fiftyCustomersKeepThePlaybookAndTheRefreshIsToldSo() throws Exception {
        CdnowCards.save(config, 50, NOW);

        Map<String, Object> reply = handler.handleRequest(Map.of("scheduledTime", "1998-06-30T10:00:00+03:00"), null);

        var playbook = assertInstanceOf(TimingInForce.Playbook.class, store.current());
        assertEquals(TimingInForce.PlaybookReason.TOO_FEW_CUSTOMERS, playbook.reason());
        assertEquals("too_few_customers", reply.get("reason"));
        assertEquals(List.of(playbook), refresh.calls);
    }
}

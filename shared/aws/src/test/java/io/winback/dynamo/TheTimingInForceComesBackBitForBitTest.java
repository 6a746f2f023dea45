package io.winback.dynamo;

import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the timing job stores is what every function reads back: the parameters and threshold to the last bit (every
 * sleep day is derived from them), the playbook and its reason, and the report with its cutoffs, on DynamoDB Local.
 */
class TheTimingInForceComesBackBitForBitTest {
    private static final LocalDate DAY = LocalDate.of(1998, 6, 30);
    private static final Instant AT = Instant.parse("1998-06-30T07:00:03.123Z");
    private final DynamoTimingStore store = new DynamoTimingStore(LocalDynamo.client(),
            LocalDynamo.freshTables(Map.of()).chains().chainsTable(), CapacityMeter.NONE, "test");

    @Test
    void beforeTheFirstRunThePlaybookIsInForceAndThereIsNoReport() {
        assertEquals(TimingInForce.NONE, store.current());
        assertEquals(Optional.empty(), store.report());
    }

    @Test
    void theModelsAwkwardDoublesSurviveTheRoundTrip() {
        var model = new TimingInForce.Model(0.1 + 0.2, Math.PI * 1e7, Math.nextUp(0.4835157677003839),
                2.1116005138889435e-5, Math.nextDown(1.0), 90, DAY, AT);
        var cutoff = new TimingReport.Cutoff(DAY.minusDays(90), 4637, 2645, 0.7251017301721062, 1 / 3.0, null,
                922, 755, 661, 167, 261);
        var report = new TimingReport(model, 23570, 11632,
                new TimingReport.Fit(0.267, 41.9055, 0.48, 2.11, -259086.82696478633, 23570, true),
                List.of(cutoff, cutoff), cutoff);

        store.store(model, report);

        assertEquals(model, store.current()); // records compare doubles bit for bit
        assertEquals(Optional.of(report), store.report());
    }

    @Test
    void thePlaybookKeepsItsReasonAndAReportWithoutAFitOrBacktest() {
        var playbook = new TimingInForce.Playbook(TimingInForce.PlaybookReason.TOO_FEW_CUSTOMERS, DAY, AT);
        var report = new TimingReport(playbook, 50, 12, null, List.of(), null);

        store.store(playbook, report);

        assertEquals(playbook, store.current());
        assertEquals(Optional.of(report), store.report());
    }
}

package io.winback.timingjob;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.snapstart.Priming;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SnapStart's priming reads what is in force and fits two made-up customers: nothing is stored, nothing refreshed. */
class PrimingBeforeTheSnapshotWritesNothingTest {

    @Test
    void noTimingAndNoRefreshAppear() {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        RecordingRefresh refresh = new RecordingRefresh();
        new TimingJobHandler(LocalDynamo.client(), config, Clock.systemUTC(), CapacityMeter.NONE, refresh);

        Priming.beforeSnapshotNow();

        assertEquals(List.of(), LocalDynamo.scan(config.chains().chainsTable()));
        assertEquals(List.of(), refresh.calls);
    }
}

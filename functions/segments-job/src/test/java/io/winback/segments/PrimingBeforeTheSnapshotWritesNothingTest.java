package io.winback.segments;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.snapstart.Priming;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SnapStart's priming walks the score write on a key that never exists: its version condition fails, nothing is stored. */
class PrimingBeforeTheSnapshotWritesNothingTest {

    @Test
    void noCustomerAndNoSummaryAppear() {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        new SegmentsJobHandler(LocalDynamo.client(), config, Clock.systemUTC(), CapacityMeter.NONE);

        Priming.beforeSnapshotNow();

        assertEquals(List.of(), LocalDynamo.scan(config.customersTable()));
        assertEquals(List.of(), LocalDynamo.scan(config.chains().chainsTable()));
    }
}

package io.winback.timingjob;

import io.winback.config.WinbackConfig;
import io.winback.testing.CdnowCards;
import io.winback.testing.DuplicatedDeliveries;
import io.winback.testing.LocalDynamo;
import io.winback.timing.BgNbdFit;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SQS delivers at least once: here every slice of the timing run is delivered twice, the second time right after the
 * first (so its continuation is sent twice too). The decision, its report and every sleep day are those of the job in one invocation on the same cards, and
 * the run after it finds nothing left to rewrite.
 */
class ATimingSliceDeliveredTwiceChangesNothingTest {
    private final WinbackConfig sliced = LocalDynamo.freshTables(Map.of());
    private final WinbackConfig whole = LocalDynamo.freshTables(Map.of());

    @Test
    void theDecisionAndTheSleepDaysAreThoseOfOneDelivery() throws Exception {
        CdnowCards.save(sliced, 1_500, SlicedTimingRuns.NOW);
        CdnowCards.save(whole, 1_500, SlicedTimingRuns.NOW);

        SlicedTimingRuns queue = new SlicedTimingRuns();
        queue.handler(LocalDynamo.client(), sliced, 3, BgNbdFit.SAMPLE_CAP)
                .handleRequest(SlicedTimingRuns.SCHEDULE, null);
        DuplicatedDeliveries.drain(queue.bodies, body -> queue.handler(LocalDynamo.client(), sliced, 3,
                BgNbdFit.SAMPLE_CAP).handleRequest(SlicedTimingRuns.delivery(body), null));
        SlicedTimingRuns.oneInvocation(whole).handleRequest(SlicedTimingRuns.SCHEDULE, null);

        assertEquals(SlicedTimingRuns.store(whole).current(), SlicedTimingRuns.store(sliced).current());
        assertEquals(SlicedTimingRuns.store(whole).report(), SlicedTimingRuns.store(sliced).report());
        assertEquals(SlicedTimingRuns.sleepDays(whole), SlicedTimingRuns.sleepDays(sliced));
        Map<String, Object> rerun = SlicedTimingRuns.oneInvocation(sliced).handleRequest(SlicedTimingRuns.SCHEDULE,
                null);
        assertEquals(0L, rerun.get("sleepDaysChanged"));
    }
}

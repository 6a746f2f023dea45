package io.winback.timingjob;

import io.winback.config.WinbackConfig;
import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.testing.CdnowCards;
import io.winback.testing.LocalDynamo;
import io.winback.timing.BgNbdFit;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two shops of the same 2,000 CDNOW customers: one timed by the fanned-out job, four segments of slices of at most
 * eighty cards, each slice a separate delivery to the real handler; the other by the job in one invocation (one slice
 * a pass). Both put the same model in force, to the last bit, with the same backtest, and leave every card with the
 * same sleep day; above the fit's sample cap, the slices keep exactly the customers one read would sample.
 */
class ARunWorkedInManySlicesDecidesAndRefreshesAsOneInvocationTest {
    private final WinbackConfig sliced = LocalDynamo.freshTables(Map.of());
    private final WinbackConfig whole = LocalDynamo.freshTables(Map.of());

    @Test
    void theModelItsBacktestAndEverySleepDayAreThoseOfOneInvocation() throws Exception {
        CdnowCards.save(sliced, 2_000, SlicedTimingRuns.NOW);
        CdnowCards.save(whole, 2_000, SlicedTimingRuns.NOW);
        Map<String, String> before = SlicedTimingRuns.sleepDays(sliced);

        SlicedTimingRuns queue = new SlicedTimingRuns();
        Map<String, Object> started = queue.handler(LocalDynamo.client(), sliced, 4, BgNbdFit.SAMPLE_CAP)
                .handleRequest(SlicedTimingRuns.SCHEDULE, null);
        assertEquals(4, started.get("segments"));
        queue.drain(sliced, 4, BgNbdFit.SAMPLE_CAP);
        Map<String, Object> oneInvocation = SlicedTimingRuns.oneInvocation(whole)
                .handleRequest(SlicedTimingRuns.SCHEDULE, null);

        assertTrue(queue.delivered > 40, "slices delivered: " + queue.delivered);
        assertEquals(2, oneInvocation.get("slices"), "one slice a pass");
        TimingInForce inForce = SlicedTimingRuns.store(sliced).current();
        assertInstanceOf(TimingInForce.Model.class, inForce);
        assertEquals(SlicedTimingRuns.store(whole).current(), inForce);
        assertEquals(SlicedTimingRuns.store(whole).report(), SlicedTimingRuns.store(sliced).report());
        Map<String, String> after = SlicedTimingRuns.sleepDays(sliced);
        assertNotEquals(before, after, "the model moved sleep days");
        assertEquals(SlicedTimingRuns.sleepDays(whole), after);
    }

    @Test
    void aboveTheSampleCapTheSlicesKeepTheCustomersOneReadSamples() throws Exception {
        CdnowCards.save(sliced, 2_000, SlicedTimingRuns.NOW);
        CdnowCards.save(whole, 2_000, SlicedTimingRuns.NOW);

        SlicedTimingRuns queue = new SlicedTimingRuns();
        queue.handler(LocalDynamo.client(), sliced, 3, 600).handleRequest(SlicedTimingRuns.SCHEDULE, null);
        queue.drain(sliced, 3, 600);
        SlicedTimingRuns.oneInvocation(whole, 600).handleRequest(SlicedTimingRuns.SCHEDULE, null);

        TimingReport report = SlicedTimingRuns.store(sliced).report().orElseThrow();
        assertEquals(600, report.fit().customersUsed());
        assertEquals(2_000, report.customers());
        assertEquals(SlicedTimingRuns.store(whole).report().orElseThrow(), report);
        assertEquals(SlicedTimingRuns.sleepDays(whole), SlicedTimingRuns.sleepDays(sliced));
    }
}

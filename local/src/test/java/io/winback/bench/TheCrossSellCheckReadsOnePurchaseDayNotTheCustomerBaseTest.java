package io.winback.bench;

import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The bench's cross-sell scenario at a fiftieth of its size: 20 camera buyers due a lens offer among 200 and then among
 * 5,000 camera buyers of other days, every one of them also a tripod buyer on the very day read. The check queues
 * the same 20 and reads the same units both times: the camera partition of the buyers index for that one day.
 */
class TheCrossSellCheckReadsOnePurchaseDayNotTheCustomerBaseTest {

    @Test
    void tenTimesTheBuyersTheSameDueTheSameReads() throws Exception {
        TriggerBenchFigures.readWhatIsDue(new TriggersBench(LocalDynamo::client, List.of(new CrossSellScenario()), 20,
                200, 2_000).measure(), "bought", 20);
    }
}

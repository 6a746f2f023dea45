package io.winback.timingjob;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoTimingStore;
import io.winback.dynamo.DynamoSleepDayRefresh;
import io.winback.sleep.TimingStore;
import io.winback.dynamo.DynamoVisitDaysScan;
import io.winback.sleep.PurchaseHistory;
import io.winback.sleep.SleepDayRefresh;
import io.winback.snapstart.Priming;
import io.winback.time.WallClock;
import io.winback.timing.BgNbdFit;
import io.winback.timing.CustomerHistory;
import io.winback.timing.PlaybookSleep;
import io.winback.timing.TimingDecision;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Lambda entry point of the daily timing job, invoked by EventBridge Scheduler with {@code {"scheduledTime": ...}}.
 * After it stores what is in force, every card's sleep day is derived again under it ({@link SleepDayRefresh}).
 */
public final class TimingJobHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final ScheduledTimingJob scheduled;

    public TimingJobHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), CapacityMeter.NONE);
    }

    /** Every card's sleep day refreshed under what the job puts in force ({@link DynamoSleepDayRefresh}). */
    public TimingJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter) {
        this(dynamo, config, clock, meter, new DynamoSleepDayRefresh(dynamo, config.customersTable(), config.bands(),
                config.sleep(), meter));
    }

    /** With {@code meter} summing the scan's and the store's units under purpose "timing". */
    public TimingJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter,
                            SleepDayRefresh refresh) {
        this(dynamo, config, clock, meter, refresh,
                new DynamoTimingStore(dynamo, config.chains().chainsTable(), meter, "timing"));
    }

    /** @param store where the decision goes: the local runner's functions share one, so each sees it at once */
    public TimingJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter,
                            SleepDayRefresh refresh, TimingStore store) {
        var cards = new DynamoVisitDaysScan(dynamo, config.customersTable(), meter, "timing");
        var decision = new TimingDecision(new PlaybookSleep(config.bands(), config.sleep()),
                config.timingMonthlyVolume());
        this.scheduled = new ScheduledTimingJob(new TimingJob(cards, store, decision, refresh), config.shopZone(),
                clock);
        // Priming reads what is in force (one GetItem) and fits two made-up customers (loads the optimiser): it
        // writes nothing.
        Priming.beforeSnapshot("timing-job", () -> {
            store.current();
            BgNbdFit.of(List.of(new CustomerHistory(Priming.NEVER_A_KEY, new PurchaseHistory(2, 40, 90)),
                    new CustomerHistory(Priming.NEVER_A_KEY + "2", new PurchaseHistory(0, 0, 60))));
        });
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return scheduled.run(event);
    }
}

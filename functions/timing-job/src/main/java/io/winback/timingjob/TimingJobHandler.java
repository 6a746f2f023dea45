package io.winback.timingjob;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoTimingStore;
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
 * The sleep-day refresh is a port handed in: the card side (sleep day from the model on each card) implements it.
 */
public final class TimingJobHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final ScheduledTimingJob scheduled;

    public TimingJobHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), CapacityMeter.NONE,
                SleepDayRefreshNotWired.INSTANCE);
    }

    /** With {@code meter} summing the scan's and the store's units under purpose "timing". */
    public TimingJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter,
                            SleepDayRefresh refresh) {
        var cards = new DynamoVisitDaysScan(dynamo, config.customersTable(), meter, "timing");
        var store = new DynamoTimingStore(dynamo, config.chains().chainsTable(), meter, "timing");
        var decision = new TimingDecision(new PlaybookSleep(config.bands(), config.sleep()));
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

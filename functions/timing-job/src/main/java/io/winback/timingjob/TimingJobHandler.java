package io.winback.timingjob;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoSleepDayRefresh;
import io.winback.dynamo.DynamoSliceLedger;
import io.winback.dynamo.DynamoTableSize;
import io.winback.dynamo.DynamoTimingStore;
import io.winback.dynamo.DynamoVisitDaysScan;
import io.winback.fanout.FanOut;
import io.winback.sqs.FanOutInvocation;
import io.winback.fanout.FanOutSegments;
import io.winback.fanout.InlineSlices;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceQueue;
import io.winback.sqs.SqsSliceQueue;
import io.winback.sleep.PurchaseHistory;
import io.winback.sleep.SleepDayRefresh;
import io.winback.sleep.TimingStore;
import io.winback.snapstart.Priming;
import io.winback.sqs.SqsClients;
import io.winback.time.WallClock;
import io.winback.timing.BgNbdFit;
import io.winback.timing.CustomerHistory;
import io.winback.timing.PlaybookSleep;
import io.winback.timing.TimingDecision;
import io.winback.timing.TimingSample;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Lambda entry point of the daily timing job, fanned out ({@link TimingJob}): invoked by EventBridge Scheduler with
 * {@code {"scheduledTime": ...}} it starts the run (one slice per segment of the Customers table on its own SQS
 * queue); invoked by that queue it works one slice. After the decision is stored, every card's sleep day is derived
 * again under it, slice by slice ({@link SleepDayRefresh}).
 */
public final class TimingJobHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final TimingJobRuns runs;

    public TimingJobHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(),
                new Fan(new SqsSliceQueue(SqsClients.fromEnvironment(), WinbackConfig.slicesQueueUrl()),
                        Fan.BUDGET, null, BgNbdFit.SAMPLE_CAP));
    }

    private TimingJobHandler(DynamoDbClient dynamo, WinbackConfig config, Fan fan) {
        this(dynamo, config, WallClock.utc(), CapacityMeter.NONE, new DynamoSleepDayRefresh(dynamo,
                config.customersTable(), config.bands(), config.sleep(), CapacityMeter.NONE),
                new DynamoTimingStore(dynamo, config.chains().chainsTable(), CapacityMeter.NONE, "timing"), fan);
    }

    /** Every card's sleep day refreshed under what the job puts in force ({@link DynamoSleepDayRefresh}). */
    public TimingJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter) {
        this(dynamo, config, clock, meter, new DynamoSleepDayRefresh(dynamo, config.customersTable(), config.bands(),
                config.sleep(), meter));
    }

    /** With {@code meter} summing the reads' and the store's units under purpose "timing". */
    public TimingJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter,
                            SleepDayRefresh refresh) {
        this(dynamo, config, clock, meter, refresh,
                new DynamoTimingStore(dynamo, config.chains().chainsTable(), meter, "timing"));
    }

    /**
     * Every slice worked in process before the reply ({@link InlineSlices}): the local runner and the tests.
     *
     * @param store where the decision goes: the local runner's functions share one, so each sees it at once
     */
    public TimingJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter,
                            SleepDayRefresh refresh, TimingStore store) {
        this(dynamo, config, clock, meter, refresh, store, Fan.inline());
    }

    /**
     * How a run is cut: the queue its slices wait on, each slice's read budget, the parallel-scan segments (null:
     * from the table's item count, {@link FanOutSegments}) and the fit's sample cap ({@link BgNbdFit#SAMPLE_CAP};
     * smaller in tests of a shop above it).
     */
    public record Fan(SliceQueue queue, SliceBudget budget, Integer segments, int sampleCap) {
        /**
         * Four 1 MB pages, about 4,000 cards: below 300,000 cards a sample slice keeps every card it reads, and 8,000
         * customers' visit days gzip to 124 KB at 5 days each but 470 KB at 60 (measured), past an item's 400 KB;
         * 4,000 stay under 250 KB.
         */
        static final SliceBudget BUDGET = new SliceBudget(4, null);

        static Fan inline() {
            return new Fan(new InlineSlices(), BUDGET, null, BgNbdFit.SAMPLE_CAP);
        }
    }

    /**
     * @param meter the reads, the decision and the rewrites under purpose "timing", the fan-out's own records under
     *              "timing-fanout"
     */
    public TimingJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter,
                            SleepDayRefresh refresh, TimingStore store, Fan fan) {
        var cards = new DynamoVisitDaysScan(dynamo, config.customersTable(), meter, "timing");
        var decision = new TimingDecision(new PlaybookSleep(config.bands(), config.sleep()), fan.sampleCap(),
                config.timingMonthlyVolume());
        var job = new TimingJob(cards, store, decision, refresh, fan.budget());
        var ledger = new DynamoSliceLedger(dynamo, config.chains().chainsTable(), meter, "timing-fanout", clock);
        var invocation = new FanOutInvocation(new FanOut(job, ledger, fan.queue(), clock), fan.queue(),
                () -> fan.segments() != null ? fan.segments() : FanOutSegments.forCustomers(cardsOf(dynamo, config)),
                config.shopZone(), clock);
        this.runs = new TimingJobRuns(invocation, (day, now) -> TimingJob.firstState(day, now,
                TimingSample.boundFor(cardsOf(dynamo, config), fan.sampleCap())));
        // Priming reads what is in force (one GetItem) and fits two made-up customers (loads the optimiser): it
        // writes nothing.
        Priming.beforeSnapshot("timing-job", () -> {
            store.current();
            BgNbdFit.of(List.of(new CustomerHistory(Priming.NEVER_A_KEY, new PurchaseHistory(2, 40, 90)),
                    new CustomerHistory(Priming.NEVER_A_KEY + "2", new PurchaseHistory(0, 0, 60))));
        });
    }

    private static long cardsOf(DynamoDbClient dynamo, WinbackConfig config) {
        return DynamoTableSize.estimate(dynamo, config.customersTable());
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return runs.handle(event);
    }
}

package io.winback.segments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoScoreStore;
import io.winback.dynamo.DynamoSegmentsSummary;
import io.winback.dynamo.DynamoSliceLedger;
import io.winback.dynamo.DynamoTableSize;
import io.winback.fanout.FanOut;
import io.winback.sqs.FanOutInvocation;
import io.winback.fanout.FanOutSegments;
import io.winback.fanout.InlineSlices;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceQueue;
import io.winback.sqs.SqsSliceQueue;
import io.winback.snapstart.Priming;
import io.winback.sqs.SqsClients;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Lambda entry point of the daily RFM/ABC job, fanned out ({@link SegmentsJob}): invoked by EventBridge Scheduler
 * with {@code {"scheduledTime": ...}} it starts the run (one slice per segment of the Customers table on its own SQS
 * queue); invoked by that queue it works one slice.
 */
public final class SegmentsJobHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final SegmentsJobRuns runs;

    public SegmentsJobHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), CapacityMeter.NONE,
                new SqsSliceQueue(SqsClients.fromEnvironment(), WinbackConfig.slicesQueueUrl()), SliceBudget.DEFAULT,
                null);
    }

    /** Every slice worked in process before the reply ({@link InlineSlices}): the local runner and the tests. */
    public SegmentsJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter) {
        this(dynamo, config, clock, meter, new InlineSlices(), SliceBudget.DEFAULT, null);
    }

    /**
     * @param meter    sums the units of both passes and the writes under purpose "segments", the fan-out's own
     *                 records under "segments-fanout"
     * @param segments the parallel-scan segments of a run; null: from the table's item count
     *                 ({@link FanOutSegments})
     */
    public SegmentsJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter,
                              SliceQueue queue, SliceBudget budget, Integer segments) {
        var customers = new DynamoScoreStore(dynamo, config.customersTable(), meter, "segments");
        var summaries = new DynamoSegmentsSummary(dynamo, config.chains().chainsTable(), meter, "segments");
        var job = new SegmentsJob(customers, summaries, config.standing(), budget);
        var ledger = new DynamoSliceLedger(dynamo, config.chains().chainsTable(), meter, "segments-fanout", clock);
        IntSupplier count = segments != null ? () -> segments
                : () -> FanOutSegments.forCustomers(DynamoTableSize.estimate(dynamo, config.customersTable()));
        this.runs = new SegmentsJobRuns(new FanOutInvocation(new FanOut(job, ledger, queue, clock), queue, count,
                config.shopZone(), clock));
        // Priming walks the SDK's UpdateItem path on a key that never exists: the version condition fails, nothing
        // is written.
        Priming.beforeSnapshot("segments-job", () -> customers.saveScoresIfUnchanged(Priming.NEVER_A_KEY, 1, null));
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return runs.handle(event);
    }
}

package io.winback.segments;

import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoScoreStore;
import io.winback.dynamo.DynamoSegmentsSummary;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Map;

/** Lambda entry point of the daily RFM/ABC job, invoked by EventBridge Scheduler with {@code {"scheduledTime": ...}}. */
public final class SegmentsJobHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final ScheduledSegmentsJob scheduled;

    public SegmentsJobHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), CapacityMeter.NONE);
    }

    /** With {@code meter} summing the units of both scans and the writes under purpose "segments". */
    public SegmentsJobHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter) {
        var customers = new DynamoScoreStore(dynamo, config.customersTable(), meter, "segments");
        var summaries = new DynamoSegmentsSummary(dynamo, config.chains().chainsTable(), meter, "segments");
        var job = new SegmentsJob(customers, summaries, config.standing());
        this.scheduled = new ScheduledSegmentsJob(job, config.shopZone(), clock);
        // Priming walks the SDK's UpdateItem path on a key that never exists: the version condition fails, nothing
        // is written.
        Priming.beforeSnapshot("segments-job", () -> customers.saveScoresIfUnchanged(Priming.NEVER_A_KEY, 1, null));
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return scheduled.run(event);
    }
}

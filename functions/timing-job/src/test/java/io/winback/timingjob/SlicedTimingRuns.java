package io.winback.timingjob;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoSleepDayRefresh;
import io.winback.dynamo.DynamoTimingStore;
import io.winback.fanout.InlineSlices;
import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.sqs.SliceJson;
import io.winback.fanout.SliceQueue;
import io.winback.testing.LocalDynamo;
import io.winback.timing.BgNbdFit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timing job as AWS runs it, on DynamoDB Local: the real handler as coordinator and as the slices' consumer, the
 * real refresh and store, the slices passing through a queue held here as SQS message bodies, so a test can deliver
 * one twice or fail an invocation; and the one-invocation run it is compared with.
 */
final class SlicedTimingRuns implements SliceQueue {
    static final Instant NOW = Instant.parse("1998-06-30T07:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Map<String, Object> SCHEDULE = Map.of("scheduledTime", "1998-06-30T10:00:00+03:00");
    /** Forty cards a page, two pages a slice: two thousand cards make dozens of slices a pass. */
    static final SliceBudget SMALL = new SliceBudget(2, 40);
    final Deque<String> bodies = new ArrayDeque<>();
    int delivered;

    @Override
    public void send(List<Slice> slices) {
        slices.forEach(slice -> bodies.addLast(SliceJson.write(slice)));
    }

    TimingJobHandler handler(DynamoDbClient dynamo, WinbackConfig config, int segments, int sampleCap) {
        return handler(dynamo, config, new TimingJobHandler.Fan(this, SMALL, segments, sampleCap));
    }

    /** Every slice worked in process, in one slice a pass: the job as it ran before it fanned out. */
    static TimingJobHandler oneInvocation(WinbackConfig config, int sampleCap) {
        return handler(LocalDynamo.client(), config, new TimingJobHandler.Fan(new InlineSlices(),
                new SliceBudget(10_000, null), 1, sampleCap));
    }

    static TimingJobHandler oneInvocation(WinbackConfig config) {
        return oneInvocation(config, BgNbdFit.SAMPLE_CAP);
    }

    private static TimingJobHandler handler(DynamoDbClient dynamo, WinbackConfig config, TimingJobHandler.Fan fan) {
        return new TimingJobHandler(dynamo, config, CLOCK, CapacityMeter.NONE, new DynamoSleepDayRefresh(dynamo,
                config.customersTable(), config.bands(), config.sleep(), CapacityMeter.NONE),
                new DynamoTimingStore(dynamo, config.chains().chainsTable(), CapacityMeter.NONE, "timing"), fan);
    }

    static Map<String, Object> delivery(String body) {
        return Map.of("Records", List.of(Map.of("messageId", "m", "body", body)));
    }

    static DynamoTimingStore store(WinbackConfig config) {
        return new DynamoTimingStore(LocalDynamo.client(), config.chains().chainsTable(), CapacityMeter.NONE, "test");
    }

    /** Delivers every waiting slice (and those it sends) to a fresh handler each, as SQS does. */
    void drain(WinbackConfig config, int segments, int sampleCap) {
        while (!bodies.isEmpty()) {
            handler(LocalDynamo.client(), config, segments, sampleCap).handleRequest(delivery(bodies.poll()), null);
            delivered++;
        }
    }

    /** Every card's stored sleep day (and its index shard), by key. */
    static Map<String, String> sleepDays(WinbackConfig config) {
        Map<String, String> days = new TreeMap<>();
        for (Map<String, AttributeValue> card : LocalDynamo.scan(config.customersTable())) {
            AttributeValue at = card.get("sleepAt");
            AttributeValue shard = card.get("sleepShard");
            days.put(card.get("customerKey").s(), at + "/" + shard);
        }
        return days;
    }
}

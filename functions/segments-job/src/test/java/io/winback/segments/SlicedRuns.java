package io.winback.segments;

import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoSegmentsSummary;
import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.sqs.SliceJson;
import io.winback.fanout.SliceQueue;
import io.winback.report.SegmentsSummary;
import io.winback.testing.LocalDynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The job as AWS runs it, on DynamoDB Local: the real handler as coordinator and as the slices' consumer, the slices
 * passing through a queue held here as SQS message bodies, so a test can deliver one twice or fail an invocation.
 */
final class SlicedRuns implements SliceQueue {
    /** Seven customers a page, two pages a slice: a few hundred customers make dozens of slices. */
    static final SliceBudget SMALL = new SliceBudget(2, 7);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T07:30:05Z"), ZoneOffset.UTC);
    final Deque<String> bodies = new ArrayDeque<>();
    int delivered;

    @Override
    public void send(List<Slice> slices) {
        slices.forEach(slice -> bodies.addLast(SliceJson.write(slice)));
    }

    SegmentsJobHandler handler(DynamoDbClient dynamo, SeededShop shop, int segments) {
        return new SegmentsJobHandler(dynamo, shop.config, CLOCK, CapacityMeter.NONE, this, SMALL, segments);
    }

    static Map<String, Object> delivery(String body) {
        return Map.of("Records", List.of(Map.of("messageId", "m", "body", body)));
    }

    static SegmentsSummary summary(SeededShop shop) {
        return new DynamoSegmentsSummary(LocalDynamo.client(), shop.config.chains().chainsTable(),
                CapacityMeter.NONE, "test").find().orElseThrow();
    }
}

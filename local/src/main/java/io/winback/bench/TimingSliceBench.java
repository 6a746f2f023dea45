package io.winback.bench;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoSleepDayRefresh;
import io.winback.dynamo.DynamoTimingStore;
import io.winback.fanout.FanOutSegments;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceQueue;
import io.winback.sqs.SliceJson;
import io.winback.timing.BgNbdFit;
import io.winback.timingjob.TimingJobHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timing job, fanned out as AWS runs it, on the CDNOW cards the history phase left (the model goes in force on
 * 30 June 1998): the start, then every slice delivered as an SQS message to the real handler, each invocation timed.
 * A slice's read is bounded (four 1 MB pages), so its time does not grow with the base. The sample pass's merge
 * fits, backtests at twelve cutoffs and decides on the sample the slices kept; at 10 million customers the slices
 * keep about 1.5 × {@link BgNbdFit#SAMPLE_CAP} histories, so the merge is projected from its measured time per
 * history here, which holds while the fit and the backtest are linear in the histories (grouped identical histories
 * make them sub-linear: the projection is on the safe side).
 */
final class TimingSliceBench {
    static final double TIMEOUT_S = 900;
    private static final long TEN_MILLION = 10_000_000L;
    private static final Instant RUN = Instant.parse("1998-06-30T07:00:00Z");

    private TimingSliceBench() {
    }

    static Map<String, Object> measure(DynamoDbClient dynamo, WinbackConfig config, int customers) {
        Deque<String> queue = new ArrayDeque<>();
        SliceQueue sqs = slices -> slices.forEach(slice -> queue.addLast(SliceJson.write(slice)));
        CapacityMeter meter = CapacityMeter.recording();
        Clock clock = Clock.fixed(RUN, ZoneOffset.UTC);
        TimingJobHandler handler = new TimingJobHandler(dynamo, config, clock, meter,
                new DynamoSleepDayRefresh(dynamo, config.customersTable(), config.bands(), config.sleep(), meter),
                new DynamoTimingStore(dynamo, config.chains().chainsTable(), meter, "timing"),
                new TimingJobHandler.Fan(sqs, new SliceBudget(4, null), null, BgNbdFit.SAMPLE_CAP));
        long t0 = System.nanoTime();
        handler.handleRequest(Map.of("scheduledTime", "1998-06-30T10:00:00+03:00"), null);
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        int segments = queue.size();
        List<Double> plain = new ArrayList<>();
        double sampleMergeSeconds = 0;
        double lastMergeSeconds = 0;
        List<SliceDeliveries.Delivery> deliveries = SliceDeliveries.drain(queue,
                event -> handler.handleRequest(event, null));
        int slices = deliveries.size();
        for (SliceDeliveries.Delivery delivery : deliveries) {
            if (delivery.merged() && delivery.pass() == 1 && !delivery.last()) {
                sampleMergeSeconds = Math.max(sampleMergeSeconds, delivery.seconds());
            } else if (delivery.last()) {
                lastMergeSeconds = delivery.seconds();
            } else {
                plain.add(delivery.seconds());
            }
        }
        Collections.sort(plain);
        double maxSlice = plain.isEmpty() ? 0 : plain.getLast();
        double median = plain.isEmpty() ? 0 : plain.get(plain.size() / 2);
        int slicesPerPass = Math.max(1, (slices) / 2);
        double customersPerSlice = (double) customers / slicesPerPass;
        // The sample merge's time per history it fitted and backtested: the whole merging invocation's (it also read
        // the last of its slice), so on the safe side.
        double mergePerHistory = sampleMergeSeconds / Math.min(customers, BgNbdFit.SAMPLE_CAP);
        double kept10m = 1.5 * BgNbdFit.SAMPLE_CAP;
        double merge10m = mergePerHistory * kept10m + maxSlice;
        int segments10m = FanOutSegments.forCustomers(TEN_MILLION);
        double start10m = startSeconds * Math.max(1.0, (double) segments10m / segments);
        double worst10m = Math.max(Math.max(maxSlice, lastMergeSeconds), Math.max(merge10m, start10m));
        Map<String, Double> units = meter.snapshot();
        double reads = units.getOrDefault("timing.read.total", 0.0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customers", customers);
        out.put("sliced_segments", segments);
        out.put("sliced_slices", slices);
        out.put("sliced_customers_per_slice", Benchmark.round(customersPerSlice));
        out.put("slice_seconds_median", Benchmark.round(median));
        out.put("slice_seconds_max", Benchmark.round(maxSlice));
        out.put("start_seconds", Benchmark.round(startSeconds));
        out.put("sample_merge_slice_seconds", Benchmark.round(sampleMergeSeconds));
        out.put("last_merge_slice_seconds", Benchmark.round(lastMergeSeconds));
        out.put("rru_per_customer", Benchmark.round(reads / customers));
        out.put("wru_per_customer", Benchmark.round(units.getOrDefault("timing.write.total", 0.0) / customers));
        out.put("projected_sample_merge_seconds_10m_customers", Benchmark.round(merge10m));
        out.put("projected_start_seconds_10m_customers", Benchmark.round(start10m));
        out.put("projected_slices_10m_customers", (long) Math.ceil(2 * TEN_MILLION / customersPerSlice));
        out.put("projected_max_invocation_seconds_10m_customers", Benchmark.round(worst10m));
        out.put("projected_max_invocation_share_of_timeout_10m_customers", Benchmark.round(worst10m / TIMEOUT_S));
        return out;
    }
}

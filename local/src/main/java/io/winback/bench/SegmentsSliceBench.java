package io.winback.bench;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.fanout.FanOutSegments;
import io.winback.fanout.SliceBudget;
import io.winback.sqs.SliceJson;
import io.winback.fanout.SliceQueue;
import io.winback.segments.SegmentsJobHandler;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fanned-out segments job as AWS runs it, on the bench's customers (whose scores a first run already wrote, so
 * this is a day's run: reads, few writes; the first run's writes are in {@code first_run_wru_per_customer}): the
 * start, then every slice delivered as an SQS message to the real handler, each invocation timed. A slice's time
 * does not grow with the base (its read is bounded); the start sends one message per segment; the merge at the end
 * of a pass reads every partial of the pass, so it grows with the slices: it is projected to 10 million customers
 * from its measured time per partial, and the slowest invocation at 10 million customers is the larger of a slice,
 * the start and the merging slice, against the function's timeout.
 */
final class SegmentsSliceBench {
    private static final long TEN_MILLION = 10_000_000L;

    private SegmentsSliceBench() {
    }

    /**
     * The merges of both passes as they would run at 10 million customers, timed: this run's partials read back from
     * the ledger (the read timed and scaled by the partials there would be), then each pass's merge on as many
     * partials as 10 million customers leave (this run's, repeated: every partial is a histogram or a tally of the
     * same fixed size whatever its customers).
     */
    private static double mergedAtTenMillion(DynamoDbClient dynamo, WinbackConfig config, String run, long partials) {
        var ledger = new io.winback.dynamo.DynamoSliceLedger(dynamo, config.chains().chainsTable(), CapacityMeter.NONE,
                "bench", WallClock.utc());
        var job = new io.winback.segments.SegmentsJob(new io.winback.dynamo.DynamoScoreStore(dynamo,
                config.customersTable(), CapacityMeter.NONE, "bench"), new io.winback.dynamo.DynamoSegmentsSummary(dynamo,
                config.chains().chainsTable(), CapacityMeter.NONE, "bench"), config.standing(), SliceBudget.DEFAULT);
        double worst = 0;
        for (int pass = 1; pass <= 2; pass++) {
            long t = System.nanoTime();
            List<String> read = ledger.partials("segments", run, pass);
            double readSeconds = (System.nanoTime() - t) / 1e9;
            String state = ledger.state("segments", run, pass).orElse(null);
            if (read.isEmpty() || state == null) {
                continue;
            }
            List<String> many = new ArrayList<>((int) partials);
            for (long i = 0; i < partials; i++) {
                many.add(read.get((int) (i % read.size())));
            }
            long m = System.nanoTime();
            // The real merge: the last pass's also saves the summary (one item; the bench reads none after this).
            job.merge(pass, state, many);
            double mergeSeconds = (System.nanoTime() - m) / 1e9;
            worst = Math.max(worst, readSeconds / read.size() * partials + mergeSeconds);
        }
        return worst;
    }

    static Map<String, Object> measure(DynamoDbClient dynamo, WinbackConfig config, String runTime, int customers,
                                       double timeoutSeconds) {
        Deque<String> queue = new ArrayDeque<>();
        SliceQueue sqs = slices -> slices.forEach(slice -> queue.addLast(SliceJson.write(slice)));
        CapacityMeter meter = CapacityMeter.recording();
        SegmentsJobHandler handler = new SegmentsJobHandler(dynamo, config, WallClock.utc(), meter, sqs,
                SliceBudget.DEFAULT, null);
        long t0 = System.nanoTime();
        String run = String.valueOf(handler.handleRequest(Map.of("scheduledTime", runTime), null).get("run"));
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        int segments = queue.size();
        List<Double> sliceSeconds = new ArrayList<>();
        List<Boolean> merged = new ArrayList<>();
        for (SliceDeliveries.Delivery delivery : SliceDeliveries.drain(queue, event -> handler.handleRequest(event, null))) {
            sliceSeconds.add(delivery.seconds());
            merged.add(delivery.merged());
        }
        List<Double> plain = new ArrayList<>();
        double mergeSeconds = 0;
        for (int i = 0; i < sliceSeconds.size(); i++) {
            if (merged.get(i)) {
                mergeSeconds = Math.max(mergeSeconds, sliceSeconds.get(i));
            } else {
                plain.add(sliceSeconds.get(i));
            }
        }
        Collections.sort(plain);
        double maxSlice = plain.isEmpty() ? 0 : plain.getLast();
        double median = plain.isEmpty() ? 0 : plain.get(plain.size() / 2);
        int slices = sliceSeconds.size();
        int slicesPerPass = Math.max(1, slices / 2);
        double customersPerSlice = (double) customers / slicesPerPass;
        // The merge's own share of the merging slice's time, per partial it read.
        double mergePerPartial = Math.max(0, mergeSeconds - median) / slicesPerPass;
        long partialsAt10m = (long) Math.ceil(TEN_MILLION / customersPerSlice);
        double measuredMerge = mergedAtTenMillion(dynamo, config, run, partialsAt10m);
        double merge10m = Math.max(mergePerPartial * partialsAt10m, measuredMerge) + maxSlice;
        // The start: DescribeTable, one record, one message per segment (10 to a batch), measured per segment here.
        int segments10m = FanOutSegments.forCustomers(TEN_MILLION);
        double start10m = startSeconds * Math.max(1.0, (double) segments10m / segments);
        double worst10m = Math.max(maxSlice, Math.max(merge10m, start10m));
        Map<String, Double> units = meter.snapshot();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sliced_segments", segments);
        out.put("sliced_slices", slices);
        out.put("sliced_customers_per_slice", Benchmark.round(customersPerSlice));
        out.put("slice_seconds_median", Benchmark.round(median));
        out.put("slice_seconds_max", Benchmark.round(maxSlice));
        out.put("slice_rru", Benchmark.round(units.getOrDefault("segments.read.total", 0.0) / slices));
        out.put("slice_wru", Benchmark.round(units.getOrDefault("segments.write.total", 0.0) / slices));
        out.put("slice_fanout_units", Benchmark.round((units.getOrDefault("segments-fanout.read.total", 0.0)
                + units.getOrDefault("segments-fanout.write.total", 0.0)) / slices));
        out.put("start_seconds", Benchmark.round(startSeconds));
        out.put("merge_slice_seconds_max", Benchmark.round(mergeSeconds));
        out.put("measured_merge_seconds_10m_partials", Benchmark.round(measuredMerge));
        out.put("projected_merge_seconds_10m_customers", Benchmark.round(merge10m));
        out.put("projected_start_seconds_10m_customers", Benchmark.round(start10m));
        out.put("projected_slices_10m_customers", 2 * partialsAt10m);
        out.put("projected_max_invocation_seconds_10m_customers", Benchmark.round(worst10m));
        out.put("projected_max_invocation_share_of_timeout_10m_customers",
                Benchmark.round(worst10m / timeoutSeconds));
        return out;
    }
}

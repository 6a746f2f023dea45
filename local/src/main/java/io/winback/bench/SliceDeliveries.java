package io.winback.bench;

import io.winback.fanout.Slice;
import io.winback.sqs.SliceJson;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A fanned-out job's slices delivered one at a time, as SQS would with batches of one, from the queue the bench's
 * stand-in fills, each invocation timed: what a job's bench measures per slice.
 */
final class SliceDeliveries {
    /** One invocation: its time, the slice's pass, and whether it merged its pass (began the next, or ended the run). */
    record Delivery(double seconds, int pass, boolean merged, boolean last) {
    }

    private SliceDeliveries() {
    }

    /** Delivers every queued slice (and those the invocations queue) to {@code handler}, in order. */
    static List<Delivery> drain(Deque<String> queue, Consumer<Map<String, Object>> handler) {
        List<Delivery> deliveries = new ArrayList<>();
        while (!queue.isEmpty()) {
            String body = queue.poll();
            Slice slice = SliceJson.read(body);
            int before = queue.size();
            long t = System.nanoTime();
            handler.accept(Map.of("Records", List.of(Map.of("messageId", "b", "body", body))));
            double seconds = (System.nanoTime() - t) / 1e9;
            // A slice after which a new pass began, or after which nothing is left, merged its pass.
            boolean nextPass = queue.stream().skip(before).map(SliceJson::read)
                    .anyMatch(sent -> sent.pass() > slice.pass());
            deliveries.add(new Delivery(seconds, slice.pass(), nextPass || queue.isEmpty(), queue.isEmpty()));
        }
        return deliveries;
    }
}

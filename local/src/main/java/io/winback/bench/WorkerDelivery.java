package io.winback.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.chain.WorkItem;
import io.winback.sqs.WorkItemJson;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands queued work items to the chain worker as the SQS event source mapping does: events of {@code batchSize}
 * messages, from as many threads as the function's reserved concurrency, each invocation timed, since Lambda bills
 * and times out per invocation.
 */
final class WorkerDelivery {

    /** What the deliveries took: first delivery to last, and per invocation. */
    record Result(int batches, double seconds, double averageBatchMs, double slowestBatchMs, int failedItems) {
    }

    private WorkerDelivery() {
    }

    static Result deliver(List<WorkItem> items, RequestHandler<SQSEvent, SQSBatchResponse> worker, int batchSize,
                          int concurrency) throws Exception {
        List<SQSEvent> events = new ArrayList<>();
        for (int from = 0; from < items.size(); from += batchSize) {
            List<SQSEvent.SQSMessage> messages = new ArrayList<>();
            for (WorkItem item : items.subList(from, Math.min(items.size(), from + batchSize))) {
                SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
                message.setMessageId("m-" + (from + messages.size()));
                message.setBody(WorkItemJson.write(item));
                messages.add(message);
            }
            SQSEvent event = new SQSEvent();
            event.setRecords(messages);
            events.add(event);
        }
        long[] batchNanos = new long[events.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                done.add(pool.submit(() -> {
                    for (int e = next.getAndIncrement(); e < events.size(); e = next.getAndIncrement()) {
                        long begun = System.nanoTime();
                        SQSBatchResponse response = worker.handleRequest(events.get(e), null);
                        batchNanos[e] = System.nanoTime() - begun;
                        failed.addAndGet(response.getBatchItemFailures().size());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double totalMs = 0;
        double slowestMs = 0;
        for (long nanos : batchNanos) {
            totalMs += nanos / 1e6;
            slowestMs = Math.max(slowestMs, nanos / 1e6);
        }
        return new Result(events.size(), seconds, events.isEmpty() ? 0 : totalMs / events.size(), slowestMs,
                failed.get());
    }
}

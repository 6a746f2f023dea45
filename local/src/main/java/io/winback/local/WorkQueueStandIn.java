package io.winback.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.chain.WorkItem;
import io.winback.sqs.WorkItemJson;
import io.winback.chain.WorkQueue;
import io.winback.sqs.SqsEvents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the SQS work queue and its Lambda event source mapping: batches of 10 to the worker, failed items
 * (ReportBatchItemFailures) delivered again at once, up to the template's 5 receives, then kept as dead letters.
 */
final class WorkQueueStandIn implements WorkQueue, WorkDelivery {
    static final int BATCH = 10;
    static final int MAX_RECEIVES = 5;
    private final Deque<Message> waiting = new ArrayDeque<>();
    private int deadLetters;
    private long nextId;

    private record Message(String id, String body, int receives) {
    }

    @Override
    public synchronized void sendAll(List<WorkItem> items) {
        for (WorkItem item : items) {
            waiting.add(new Message("local-" + (++nextId), WorkItemJson.write(item), 0));
        }
    }

    @Override
    public WorkQueue queue() {
        return this;
    }

    @Override
    public synchronized Report deliverAll(RequestHandler<SQSEvent, SQSBatchResponse> worker) {
        int delivered = 0;
        int failed = 0;
        int dead = 0;
        while (!waiting.isEmpty()) {
            Map<String, Message> batch = new HashMap<>();
            List<SqsEvents.Delivered> records = new ArrayList<>();
            while (!waiting.isEmpty() && records.size() < BATCH) {
                Message m = waiting.poll();
                batch.put(m.id(), new Message(m.id(), m.body(), m.receives() + 1));
                records.add(new SqsEvents.Delivered(m.id(), m.body()));
            }
            SQSEvent event = SqsEvents.of(records);
            delivered += records.size();
            List<String> failedIds;
            try {
                failedIds = worker.handleRequest(event, null).getBatchItemFailures().stream()
                        .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
            } catch (RuntimeException crashed) {
                // An invocation that fails as a whole returns the whole batch to the queue.
                failedIds = List.copyOf(batch.keySet());
            }
            for (String id : failedIds) {
                failed++;
                Message m = batch.get(id);
                if (m.receives() >= MAX_RECEIVES) {
                    deadLetters++;
                    dead++;
                } else {
                    waiting.add(m);
                }
            }
        }
        return new Report(delivered, failed, dead);
    }

    @Override
    public synchronized int deadLetterCount() {
        return deadLetters;
    }
}

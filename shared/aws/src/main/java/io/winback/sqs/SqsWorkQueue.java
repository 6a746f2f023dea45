package io.winback.sqs;

import io.winback.chain.WorkItem;
import io.winback.sqs.WorkItemJson;
import io.winback.concurrent.DaemonThreads;
import io.winback.log.JsonLog;
import io.winback.retry.Backoff;
import io.winback.aws.LazyClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The work queue on SQS: SendMessageBatch of 10 (SQS's limit), several batches in flight, entries SQS reports as
 * failed sent again. Sending an item twice is harmless (the worker's writes are conditional), so a check that
 * fails half-way is simply run again.
 */
public final class SqsWorkQueue implements io.winback.chain.WorkQueue {
    private static final JsonLog LOG = JsonLog.forClass(SqsWorkQueue.class);
    private static final int BATCH = 10;
    private static final int IN_FLIGHT = 8;
    private static final int ATTEMPTS = 5;
    private final LazyClient<SqsClient> sqs;
    private final String queueUrl;
    private final ExecutorService senders = DaemonThreads.pool("work-queue", IN_FLIGHT);

    public SqsWorkQueue(SqsClient sqs, String queueUrl) {
        this(LazyClient.built(sqs), queueUrl);
    }

    /** @param sqs built on the first send ({@link SqsClients#fromEnvironment()}) */
    public SqsWorkQueue(LazyClient<SqsClient> sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void sendAll(List<WorkItem> items) {
        List<Future<?>> pending = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            List<WorkItem> batch = items.subList(from, Math.min(items.size(), from + BATCH));
            pending.add(senders.submit(() -> sendBatch(batch)));
        }
        try {
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing work", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("work items could not be queued: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void sendBatch(List<WorkItem> batch) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .messageBody(WorkItemJson.write(batch.get(i))).build());
        }
        for (int attempt = 1; !entries.isEmpty(); attempt++) {
            if (attempt > ATTEMPTS) {
                throw new IllegalStateException(entries.size() + " work items refused by SQS after " + ATTEMPTS + " attempts");
            }
            if (attempt > 1) {
                Backoff.pause(attempt, 50, "queueing work items");
            }
            List<SendMessageBatchRequestEntry> ask = entries;
            var response = sqs.get().sendMessageBatch(b -> b.queueUrl(queueUrl).entries(ask));
            List<String> failedIds = response.failed().stream().map(f -> f.id()).toList();
            if (!failedIds.isEmpty()) {
                LOG.warn("work_items_refused", "count", failedIds.size(), "code", response.failed().getFirst().code());
            }
            entries = ask.stream().filter(e -> failedIds.contains(e.id())).toList();
        }
    }
}

package io.winback.worker;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.chain.WorkItem;
import io.winback.sqs.WorkItemJson;
import io.winback.log.JsonLog;

import java.util.ArrayList;
import java.util.List;

/**
 * One SQS batch of work items, done one by one. A failed item is reported alone (ReportBatchItemFailures): the queue
 * redelivers only it, after its visibility timeout, and moves it to the dead-letter queue after the template's
 * receive limit. A worker that dies mid-batch loses nothing: every item it had not finished is redelivered.
 */
final class WorkItemBatch {
    private static final JsonLog LOG = JsonLog.forClass(WorkItemBatch.class);
    private final ChainWorker worker;

    WorkItemBatch(ChainWorker worker) {
        this.worker = worker;
    }

    SQSBatchResponse process(SQSEvent event) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages = event.getRecords() == null ? List.of() : event.getRecords();
        int done = 0;
        for (SQSEvent.SQSMessage message : messages) {
            try {
                WorkItem item = WorkItemJson.read(message.getBody());
                worker.handle(item);
                done++;
            } catch (RuntimeException e) {
                failures.add(SQSBatchResponse.BatchItemFailure.builder()
                        .withItemIdentifier(message.getMessageId()).build());
                LOG.error("work_item_failed", e, "messageId", message.getMessageId());
            }
        }
        LOG.info("work_batch_processed", "items", messages.size(), "done", done, "failed", failures.size());
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }
}

package io.winback.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.chain.WorkQueue;
import io.winback.sqs.SqsEvents;
import io.winback.sqs.SqsWorkQueue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The work queue on an SQS emulator (moto_server): the real {@link SqsWorkQueue} writes to it, and this reads it as
 * Lambda's event source mapping would, deleting what the worker finished and making failed items visible again.
 * The queue's redrive policy moves an item to the dead-letter queue after 5 receives, as in template.yaml.
 */
final class SqsWorkDelivery implements WorkDelivery {
    private final SqsClient sqs;
    private final String queueUrl;
    private final String deadLetterUrl;
    private final SqsWorkQueue queue;

    SqsWorkDelivery(SqsClient sqs, String queueName) {
        this.sqs = sqs;
        this.deadLetterUrl = sqs.createQueue(b -> b.queueName(queueName + "-dlq")).queueUrl();
        String deadLetterArn = sqs.getQueueAttributes(b -> b.queueUrl(deadLetterUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        this.queueUrl = sqs.createQueue(b -> b.queueName(queueName).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "360",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + deadLetterArn
                        + "\",\"maxReceiveCount\":\"" + WorkQueueStandIn.MAX_RECEIVES + "\"}"))).queueUrl();
        this.queue = new SqsWorkQueue(sqs, queueUrl);
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public synchronized Report deliverAll(RequestHandler<SQSEvent, SQSBatchResponse> worker) {
        int delivered = 0;
        int failed = 0;
        while (true) {
            List<Message> received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
            if (received.isEmpty()) {
                break;
            }
            List<SqsEvents.Delivered> records = received.stream()
                    .map(m -> new SqsEvents.Delivered(m.messageId(), m.body())).toList();
            SQSEvent event = SqsEvents.of(records);
            delivered += records.size();
            List<String> failedIds;
            try {
                failedIds = worker.handleRequest(event, null).getBatchItemFailures().stream()
                        .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
            } catch (RuntimeException crashed) {
                failedIds = received.stream().map(Message::messageId).toList();
            }
            List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
            for (Message m : received) {
                if (failedIds.contains(m.messageId())) {
                    failed++;
                    // Visible again at once: locally nobody waits out a visibility timeout.
                    sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle())
                            .visibilityTimeout(0));
                } else {
                    done.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(done.size()))
                            .receiptHandle(m.receiptHandle()).build());
                }
            }
            if (!done.isEmpty()) {
                sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done));
            }
        }
        return new Report(delivered, failed, deadLetterCount());
    }

    @Override
    public int deadLetterCount() {
        var attributes = sqs.getQueueAttributes(b -> b.queueUrl(deadLetterUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes();
        return Integer.parseInt(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"));
    }
}

package io.winback.sqs;

import io.winback.fanout.Slice;
import io.winback.fanout.SliceQueue;
import io.winback.aws.LazyClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The slices' SQS queue: SendMessageBatch of 10; an entry SQS refuses fails the invocation, whose slice SQS delivers
 * again (sending a slice twice is harmless: its outcome is recorded once).
 */
public final class SqsSliceQueue implements SliceQueue {
    private static final int BATCH = 10;
    private final LazyClient<SqsClient> sqs;
    private final String queueUrl;

    public SqsSliceQueue(SqsClient sqs, String queueUrl) {
        this(LazyClient.built(sqs), queueUrl);
    }

    /** @param sqs built on the first send ({@link SqsClients#fromEnvironment()}) */
    public SqsSliceQueue(LazyClient<SqsClient> sqs, String queueUrl) {
        if (queueUrl == null || queueUrl.isBlank()) {
            throw new IllegalStateException("SLICES_QUEUE_URL is not set: the job cannot fan out");
        }
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(List<Slice> slices) {
        for (int from = 0; from < slices.size(); from += BATCH) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (Slice slice : slices.subList(from, Math.min(slices.size(), from + BATCH))) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(entries.size()))
                        .messageBody(SliceJson.write(slice)).build());
            }
            var response = sqs.get().sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
            if (!response.failed().isEmpty()) {
                throw new IllegalStateException(response.failed().size() + " slices refused by SQS: "
                        + response.failed().getFirst().code());
            }
        }
    }
}

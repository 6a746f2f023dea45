package io.winback.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.chain.WorkItem;
import io.winback.sqs.WorkItemJson;

import java.util.ArrayList;
import java.util.List;

/**
 * SQS batches as Lambda hands them to a function: built by the local queue stand-ins, the worker's SnapStart priming
 * and tests.
 */
public final class SqsEvents {
    private SqsEvents() {
    }

    /** A message as the event carries it. */
    public record Delivered(String messageId, String body) {
    }

    public static SQSEvent of(List<Delivered> messages) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Delivered m : messages) {
            SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
            record.setMessageId(m.messageId());
            record.setBody(m.body());
            records.add(record);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    /** One batch of work items, each message id {@code idPrefix} and its position. */
    public static SQSEvent ofWorkItems(List<WorkItem> items, String idPrefix) {
        List<Delivered> messages = new ArrayList<>();
        for (WorkItem item : items) {
            messages.add(new Delivered(idPrefix + messages.size(), WorkItemJson.write(item)));
        }
        return of(messages);
    }
}

package io.winback.local;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.util.ArrayList;
import java.util.List;

/** SQS batches as Lambda hands them to a function, built by the local queue stand-ins. */
final class SqsEvents {
    private SqsEvents() {
    }

    /** A message as the event carries it. */
    record Delivered(String messageId, String body) {
    }

    static SQSEvent of(List<Delivered> messages) {
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
}

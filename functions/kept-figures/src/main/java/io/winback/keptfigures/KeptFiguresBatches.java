package io.winback.keptfigures;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import io.winback.dynamo.KeptFiguresStream;
import io.winback.dynamo.StreamImages;
import io.winback.log.JsonLog;
import io.winback.report.reactivation.KeptFigures;
import io.winback.snapstart.Priming;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One delivery of the Chains table's stream: its records, in the shard's order, as the reader's changes, added to
 * the kept figures in one call. A failure is logged with the batch's range and thrown: the batch comes back whole.
 */
final class KeptFiguresBatches {
    static final String PURPOSE = "kept";
    private static final JsonLog LOG = JsonLog.forClass(KeptFiguresBatches.class);

    private final KeptFiguresStream stream;
    private final KeptFigures figures;

    /** @param figures read once by the priming, never written here */
    KeptFiguresBatches(KeptFiguresStream stream, KeptFigures figures) {
        this.stream = stream;
        this.figures = figures;
    }

    /** Adds the event's changes to the kept figures; returns nothing (a failure throws). */
    Void count(DynamodbEvent event) {
        List<KeptFiguresStream.Change> batch = changes(event);
        if (batch.isEmpty()) {
            return null;
        }
        long started = System.nanoTime();
        String first = batch.getFirst().sequenceNumber();
        String last = batch.getLast().sequenceNumber();
        try {
            stream.apply(batch);
        } catch (RuntimeException e) {
            // Lambda retries the batch until it passes (the mapping never skips one): the IteratorAge alarm says
            // when the figures fall behind, this line says why.
            LOG.error("kept_figures_batch_failed", e, "records", batch.size(), "firstSequenceNumber", first,
                    "lastSequenceNumber", last);
            throw e;
        }
        LOG.info("kept_figures_counted", "records", batch.size(), "firstSequenceNumber", first,
                "lastSequenceNumber", last, "ms", (System.nanoTime() - started) / 1_000_000);
        return null;
    }

    /** The event's records as the reader takes them, in the order Lambda delivered them. */
    static List<KeptFiguresStream.Change> changes(DynamodbEvent event) {
        return event.getRecords() == null ? List.of() : event.getRecords().stream().map(KeptFiguresBatches::change)
                .toList();
    }

    private static KeptFiguresStream.Change change(DynamodbEvent.DynamodbStreamRecord record) {
        StreamRecord data = record.getDynamodb();
        return new KeptFiguresStream.Change(record.getEventID(), data.getSequenceNumber(), record.getEventName(),
                data.getOldImage() == null ? null : StreamImages.toSdk(data.getOldImage()),
                data.getNewImage() == null ? null : StreamImages.toSdk(data.getNewImage()));
    }

    /**
     * SnapStart priming: converts a made-up record (the event and image classes) and reads one day of kept figures
     * (one Query: the SDK's path to the table); it writes nothing, so the reader's transaction is left to the first
     * batch.
     */
    void prime() {
        AttributeValue key = new AttributeValue().withS(Priming.NEVER_A_KEY);
        StreamRecord data = new StreamRecord().withSequenceNumber("0").withNewImage(Map.of("pk", key, "sk", key));
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventID(Priming.NEVER_A_KEY);
        record.setEventName("INSERT");
        record.setDynamodb(data);
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record));
        changes(event);
        LocalDate day = LocalDate.of(2025, 1, 1);
        figures.forEach(day, day, figure -> {
        });
    }
}

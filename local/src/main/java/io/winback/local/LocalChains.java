package io.winback.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.check.SleepingCheckHandler;
import io.winback.json.Json;
import io.winback.messages.Outbox;
import io.winback.time.ManualClock;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The scheduler tick of the local system: runs the daily check for the time you give, then delivers its work to
 * the chain worker until the queue is empty, and answers what happened. The streams are drained first, so every
 * sale posted before the tick counts, as it would a day later in AWS; and again at the end, so the episodes the
 * worker wrote are in the campaign report's kept figures when the tick answers (in AWS, within seconds).
 */
final class LocalChains {
    /**
     * Drains the stream stand-ins (the stats of every sale posted so far are applied, and every episode written so far
     * is counted, when it returns).
     */
    interface StreamDrain {
        void drain() throws TimeoutException;
    }

    private final SleepingCheckHandler check;
    private final RequestHandler<SQSEvent, SQSBatchResponse> worker;
    private final WorkDelivery work;
    private final Outbox outbox;
    private final StreamDrain stream;
    private final ManualClock clock;

    LocalChains(SleepingCheckHandler check, RequestHandler<SQSEvent, SQSBatchResponse> worker, WorkDelivery work,
                Outbox outbox, StreamDrain stream, ManualClock clock) {
        this.clock = clock;
        this.check = check;
        this.worker = worker;
        this.work = work;
        this.outbox = outbox;
        this.stream = stream;
    }

    /** {@code POST /local/schedule/sleeping-check} with {@code {"time":"2026-12-05T10:00:00+03:00"}}. */
    synchronized Map<String, Object> tick(String body) throws Exception {
        String time = timeOf(body);
        stream.drain();
        clock.set(OffsetDateTime.parse(time).toInstant());
        int sentBefore = outbox.messages().size();
        Map<String, Object> run = new LinkedHashMap<>(check.handleRequest(Map.of("scheduledTime", time), null));
        WorkDelivery.Report report = work.deliverAll(worker);
        run.put("workItemsDelivered", report.delivered());
        run.put("workItemsFailed", report.failed());
        run.put("deadLetters", report.deadLettered());
        run.put("messagesSent", outbox.messages().size() - sentBefore);
        stream.drain();
        return run;
    }

    /**
     * Delivers what waits on the work queue outside a check run (a segment edit's fill), as the queue's event source
     * would at once in AWS.
     */
    synchronized WorkDelivery.Report deliverQueued() {
        return work.deliverAll(worker);
    }

    /** {@code GET /local/outbox}: every message "sent", oldest first. */
    Map<String, Object> outbox() {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Outbox.Message m : outbox.messages()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("channel", m.channel());
            view.put("to", m.to());
            view.put("subject", m.subject());
            view.put("text", m.text());
            view.put("headers", m.headers());
            view.put("touchId", m.touchId());
            view.put("messageId", m.id());
            view.put("at", m.at().toString());
            messages.add(view);
        }
        return Map.of("messages", messages);
    }

    static String timeOf(String body) {
        String time;
        try {
            time = body == null || body.isBlank() ? null : Json.readTree(body).path("time").asText(null);
        } catch (Exception e) {
            throw new HttpApiServer.BadLocalRequest("body", "send JSON such as {\"time\":\"2026-12-05T10:00:00+03:00\"}");
        }
        if (time == null) {
            throw new HttpApiServer.BadLocalRequest("time", "required: the scheduled time, such as 2026-12-05T10:00:00+03:00");
        }
        try {
            OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new HttpApiServer.BadLocalRequest("time", "'" + time + "' is not an ISO-8601 time with offset");
        }
        return time;
    }
}

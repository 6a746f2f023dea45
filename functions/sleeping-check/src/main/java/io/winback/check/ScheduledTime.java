package io.winback.check;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The run's time, from the event, never the wall clock: the schedule passes {@code <aws.scheduler.scheduled-time>}
 * as {@code scheduledTime} in its input, so a retry of Monday's run still decides for Monday, and an operator
 * backfills a missed day by invoking the function with that day's time.
 */
final class ScheduledTime {
    private ScheduledTime() {
    }

    static Instant of(Map<String, Object> event) {
        Object value = event == null ? null : event.get("scheduledTime");
        if (value == null && event != null) {
            // An EventBridge rule's event carries its time here; accepted so a rule can drive the check too.
            value = event.get("time");
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("the event needs \"scheduledTime\": an ISO-8601 time such as "
                    + "2026-12-05T10:00:00+03:00 (the schedule passes <aws.scheduler.scheduled-time>)");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("scheduledTime '" + text + "' is not an ISO-8601 time with offset");
        }
    }
}

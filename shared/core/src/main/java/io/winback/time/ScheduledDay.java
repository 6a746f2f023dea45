package io.winback.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The run's day, from the event's {@code scheduledTime} (the schedule passes {@code <aws.scheduler.scheduled-time>}),
 * never the clock: a retry runs for the same day, and an operator reruns a day by invoking with its time. The daily
 * jobs (segments, timing) read their day by it.
 */
public final class ScheduledDay {
    private ScheduledDay() {
    }

    public static LocalDate of(Map<String, Object> event, ZoneId shopZone) {
        Object value = event == null ? null : event.get("scheduledTime");
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("the event needs \"scheduledTime\": an ISO-8601 time such as "
                    + "2026-12-05T10:30:00+03:00 (the schedule passes <aws.scheduler.scheduled-time>)");
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(shopZone).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("scheduledTime '" + text + "' is not an ISO-8601 time with offset");
        }
    }
}

package io.winback.chain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * No message reaches a customer between {@code from} and {@code to} shop time (default 21:00-09:00, across
 * midnight): one due then waits until {@code to}.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    public boolean isQuiet(Instant at) {
        LocalTime time = at.atZone(zone).toLocalTime();
        if (from.equals(to)) {
            return false;
        }
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    /** {@code at} itself when messages may go then; otherwise the end of this quiet period. */
    public Instant nextAllowed(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime end = local.toLocalDate().atTime(to).atZone(zone);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}

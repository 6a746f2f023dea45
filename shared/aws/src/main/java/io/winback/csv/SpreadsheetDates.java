package io.winback.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times as Russian Excel shows them ({@code 06.12.2026}, {@code 06.12.2026 10:15},
 * {@code 06.12.2026 10:15:00}; one-digit days, months and hours too) and as ISO-8601 writes them
 * ({@code 2026-12-06T10:15:00+03:00}, also without an offset, or a date alone). A spreadsheet keeps no offset, so a
 * time without one is read in the zone the caller gives (the shop's); a date alone is the start of that day there.
 */
public final class SpreadsheetDates {
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("d.M.uuuu[ H:mm[:ss]]")
            .withResolverStyle(ResolverStyle.STRICT);

    private SpreadsheetDates() {
    }

    /**
     * @throws DateTimeException saying which forms are read
     */
    public static OffsetDateTime parse(String text, ZoneId zone) {
        String value = text == null ? "" : text.strip();
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notWithOffset) {
            // the other forms below
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException notLocal) {
            // the other forms below
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime();
        } catch (DateTimeParseException notADate) {
            // the other forms below
        }
        try {
            TemporalAccessor parsed = RUSSIAN.parseBest(value, LocalDateTime::from, LocalDate::from);
            return parsed instanceof LocalDateTime time ? time.atZone(zone).toOffsetDateTime()
                    : ((LocalDate) parsed).atStartOfDay(zone).toOffsetDateTime();
        } catch (DateTimeParseException notRussian) {
            throw new DateTimeException("'" + text + "' is not a date: write dd.MM.yyyy, dd.MM.yyyy HH:mm,"
                    + " dd.MM.yyyy HH:mm:ss or ISO-8601 such as 2026-12-06T10:15:00+03:00");
        }
    }
}

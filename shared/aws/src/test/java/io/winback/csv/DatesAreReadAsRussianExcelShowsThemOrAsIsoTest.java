package io.winback.csv;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesAreReadAsRussianExcelShowsThemOrAsIsoTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void russianExcelsDatesAndTimesAreReadInTheGivenZone() {
        assertEquals(OffsetDateTime.parse("2026-12-06T10:15:00+03:00"),
                SpreadsheetDates.parse("06.12.2026 10:15", MOSCOW));
        assertEquals(OffsetDateTime.parse("2026-12-06T10:15:30+03:00"),
                SpreadsheetDates.parse("06.12.2026 10:15:30", MOSCOW));
        assertEquals(OffsetDateTime.parse("2026-12-06T00:00:00+03:00"), SpreadsheetDates.parse("06.12.2026", MOSCOW));
        assertEquals(OffsetDateTime.parse("2026-03-06T09:05:00+03:00"), SpreadsheetDates.parse("6.3.2026 9:05", MOSCOW));
        assertEquals(OffsetDateTime.parse("2026-07-06T10:15:00+02:00"),
                SpreadsheetDates.parse("06.07.2026 10:15", BERLIN), "the zone's offset on that day (summer time)");
    }

    @Test
    void isoWithAnOffsetKeepsItsOffsetAndIsoWithoutOneIsReadInTheGivenZone() {
        assertEquals(OffsetDateTime.parse("2026-12-06T10:15:00+05:00"),
                SpreadsheetDates.parse("2026-12-06T10:15:00+05:00", MOSCOW));
        assertEquals(OffsetDateTime.parse("2026-12-06T10:15:00+03:00"),
                SpreadsheetDates.parse("2026-12-06T10:15:00", MOSCOW));
        assertEquals(OffsetDateTime.parse("2026-12-06T00:00:00+03:00"), SpreadsheetDates.parse("2026-12-06", MOSCOW));
    }

    @Test
    void impossibleDatesAndOtherFormsAreRefusedSayingWhichFormsAreRead() {
        for (String text : new String[] {"31.02.2026", "06/12/2026", "06.12.26", "06.12.2026 25:00", "not a date"}) {
            DateTimeException refused = assertThrows(DateTimeException.class, () -> SpreadsheetDates.parse(text, MOSCOW));
            assertTrue(refused.getMessage().startsWith("'" + text + "' is not a date: write dd.MM.yyyy"),
                    refused.getMessage());
        }
    }
}

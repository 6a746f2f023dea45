package io.winback.segment;

import io.winback.chain.BirthdayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a customer's next birthday, as the chain engine celebrates it ({@link BirthdayCalendar}: 29 February on
 * 28 February of a year without one), falls on a day or within the following {@code days} days, and when that
 * answer next changes: on the day the window reaches the birthday, and the day after it.
 */
final class BirthdayWindow {
    /** Years of birthdays looked at for the next change: a whole leap cycle and more. */
    private static final int YEARS_AHEAD = 9;

    private BirthdayWindow() {
    }

    static boolean holds(LocalDate birthday, LocalDate day, int days) {
        if (birthday == null) {
            return false;
        }
        LocalDate next = BirthdayCalendar.celebratedIn(birthday, day.getYear());
        if (next.isBefore(day)) {
            next = BirthdayCalendar.celebratedIn(birthday, day.getYear() + 1);
        }
        return !next.isAfter(day.plusDays(days));
    }

    static LocalDate nextFlip(LocalDate birthday, LocalDate day, int days) {
        if (birthday == null) {
            return null;
        }
        List<LocalDate> candidates = new ArrayList<>();
        for (int year = day.getYear(); year <= day.getYear() + YEARS_AHEAD; year++) {
            LocalDate celebrated = BirthdayCalendar.celebratedIn(birthday, year);
            candidates.add(celebrated.minusDays(days));
            candidates.add(celebrated.plusDays(1));
        }
        return Flips.firstChange(day, d -> holds(birthday, d, days), candidates);
    }
}

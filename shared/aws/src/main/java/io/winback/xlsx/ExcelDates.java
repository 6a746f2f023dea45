package io.winback.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Days as Excel stores them: a serial number of days, 1 for 1 January 1900. Excel counts a 29 February 1900 that
 * never was (kept from Lotus 1-2-3), so from 1 March 1900 on the serial is the days since 30 December 1899, and
 * before it the days since 31 December 1899. Excel has no day before 1900; such a day is no Excel date.
 */
final class ExcelDates {
    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LEAP_BUG = LocalDate.of(1900, 3, 1);
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);

    private ExcelDates() {
    }

    static boolean representable(LocalDate day) {
        return !day.isBefore(FIRST) && day.getYear() <= 9999;
    }

    static long serial(LocalDate day) {
        if (!representable(day)) {
            throw new IllegalArgumentException(day + " is no Excel date: Excel counts from 1900-01-01 to 9999-12-31");
        }
        return ChronoUnit.DAYS.between(day.isBefore(LEAP_BUG) ? EPOCH.plusDays(1) : EPOCH, day);
    }

    /** The serial with the time of day as a fraction, to the second (ten decimals hold a second exactly enough). */
    static String serial(LocalDateTime moment) {
        BigDecimal fraction = BigDecimal.valueOf(moment.toLocalTime().toSecondOfDay())
                .divide(SECONDS_A_DAY, 10, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(serial(moment.toLocalDate())).add(fraction).stripTrailingZeros().toPlainString();
    }
}

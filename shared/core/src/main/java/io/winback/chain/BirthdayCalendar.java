package io.winback.chain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a birthday is celebrated. A customer born on 29 February celebrates on 28 February in a year without one, so
 * 28 February of such a year is the day of two month-days of birth. A birthday's occasion is named by the day it is
 * celebrated in that year ({@code birthday@2027-02-28}): one per customer and year whatever the run, the retry or
 * the chain's {@code daysBefore}.
 */
public final class BirthdayCalendar {
    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);
    private static final MonthDay DAY_BEFORE_LEAP_DAY = MonthDay.of(2, 28);

    private BirthdayCalendar() {
    }

    /** The day someone born on {@code birthday} celebrates in {@code year}. */
    public static LocalDate celebratedIn(LocalDate birthday, int year) {
        // MonthDay.atYear moves 29 February to 28 February in a year that has no 29th.
        return MonthDay.from(birthday).atYear(year);
    }

    /**
     * The month-days of birth celebrated on {@code day}, first to last: its own, and 29 February with 28 February
     * of a year that has no 29th. Contiguous in calendar order, so an index keyed by month-day reads them in one
     * range.
     */
    public static List<MonthDay> bornOn(LocalDate day) {
        MonthDay own = MonthDay.from(day);
        return own.equals(DAY_BEFORE_LEAP_DAY) && !day.isLeapYear() ? List.of(own, LEAP_DAY) : List.of(own);
    }

    /**
     * The {@code daysBefore} of every birthday chain in {@code configuration}: the check asks the index once for
     * each, whatever the number of chains (one per band, say) that share it.
     */
    public static SortedSet<Integer> daysBeforeInForce(ChainConfiguration configuration) {
        SortedSet<Integer> days = new TreeSet<>();
        configuration.chains().forEach(chain -> {
            if (chain.trigger() instanceof Trigger.Birthday birthday) {
                days.add(birthday.daysBefore());
            }
        });
        return days;
    }
}

package io.winback.chain;

import java.time.MonthDay;
import java.util.List;

/**
 * The customers whose card holds a birthday, by the month-day of it: the birthday trigger's list of due days. Only
 * cards with a birthday are in it, so a read costs what it finds, not the number of customers.
 */
public interface BirthdayIndex {

    /** Keys of the customers born (any year) on a month-day from {@code first} to {@code last}, both included. */
    List<String> bornBetween(MonthDay first, MonthDay last);
}

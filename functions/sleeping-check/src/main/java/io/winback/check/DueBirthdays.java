package io.winback.check;

import io.winback.chain.BirthdayCalendar;
import io.winback.chain.BirthdayIndex;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.WorkItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The birthdays due on a day: for each {@code daysBefore} among the birthday chains in force, the customers who
 * celebrate on the day that many days ahead (one Query per shard of the birthday index; none without a birthday
 * chain). Only that exact day is read: a birthday written on the card after its day came waits for next year, and
 * a missed run is backfilled by invoking the check with that day's time, like the rest of the check.
 */
final class DueBirthdays {
    private final ChainConfigurationStore configurations;
    private final BirthdayIndex index;

    DueBirthdays(ChainConfigurationStore configurations, BirthdayIndex index) {
        this.configurations = configurations;
        this.index = index;
    }

    List<WorkItem> on(LocalDate day, Instant runTime) {
        List<WorkItem> due = new ArrayList<>();
        for (int daysBefore : BirthdayCalendar.daysBeforeInForce(configurations.current())) {
            LocalDate birthday = day.plusDays(daysBefore);
            List<MonthDay> born = BirthdayCalendar.bornOn(birthday);
            index.bornBetween(born.getFirst(), born.getLast()).forEach(customerKey ->
                    due.add(new WorkItem.DecideBirthday(customerKey, birthday, runTime)));
        }
        return due;
    }
}

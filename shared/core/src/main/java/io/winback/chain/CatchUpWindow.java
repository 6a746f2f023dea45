package io.winback.chain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How late a sleep day may be caught up: a day missed by the check is made good by the next run, but a customer who
 * fell asleep more than {@code maxLateDays} ago is lost, not messaged (importing years of history must not text
 * people who left in 1998).
 */
public record CatchUpWindow(int maxLateDays) {

    public boolean isLost(LocalDate sleepDay, LocalDate today) {
        return ChronoUnit.DAYS.between(sleepDay, today) > maxLateDays;
    }
}

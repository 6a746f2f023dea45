package io.winback.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A bonus granted on day D for N days may be spent from the touch until 23:59 shop time of day D + N − 1, the last
 * valid day the SMS names ("до 11.12" for a grant of 05.12 valid 7 days). The next step of the playbook, 7 days
 * later, runs the day after it expired.
 */
public final class BonusValidity {
    private BonusValidity() {
    }

    public static LocalDate lastDay(Instant grantedAt, int validDays, ZoneId zone) {
        return grantedAt.atZone(zone).toLocalDate().plusDays(validDays - 1L);
    }

    public static Instant until(Instant grantedAt, int validDays, ZoneId zone) {
        return lastDay(grantedAt, validDays, zone).atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
    }
}

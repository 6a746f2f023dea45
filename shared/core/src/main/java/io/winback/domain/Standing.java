package io.winback.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a customer stands on a day, by their last visit and the sleep thresholds: active until their sleep day,
 * sleeping from it, lost once the sleep day is more than {@code maxLateDays} (MAX_LATE_DAYS) past, as the daily
 * check decides it ({@code io.winback.chain.CatchUpWindow}); never bought without a purchase.
 */
public enum Standing {
    ACTIVE, SLEEPING, LOST, NEVER_BOUGHT;

    /** The population of the RFM and ABC segments: customers who bought and are not lost. */
    public boolean isScored() {
        return this == ACTIVE || this == SLEEPING;
    }

    /** The rule above, with the shop's thresholds. */
    public record Policy(PurchaseBandPolicy bands, SleepPolicy sleep, int maxLateDays) {
        public Standing on(LocalDate day, int purchases, boolean vip, LocalDate lastVisitDay) {
            PurchaseBand band = bands.bandOf(purchases, vip);
            LocalDate sleepAt = purchases <= 0 ? null : sleep.sleepAt(band, lastVisitDay);
            if (sleepAt == null) {
                return NEVER_BOUGHT;
            }
            if (day.isBefore(sleepAt)) {
                return ACTIVE;
            }
            return ChronoUnit.DAYS.between(sleepAt, day) > maxLateDays ? LOST : SLEEPING;
        }
    }
}

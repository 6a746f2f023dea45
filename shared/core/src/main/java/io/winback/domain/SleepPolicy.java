package io.winback.domain;

import io.winback.sleep.SleepRule;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * When a customer counts as asleep: this many days after their last visit day, per segment.
 * The reference playbook: 66 days for one-time buyers, 80 for 2-3 purchases, 90 for 4+ and VIP. The sleep rule in
 * force until the shop's own model beats it ({@link io.winback.sleep.ModelSleepRule}), and its floor after.
 */
public record SleepPolicy(Map<PurchaseBand, Integer> daysByBand) implements SleepRule {
    public static final SleepPolicy DEFAULT = new SleepPolicy(Map.of(
            PurchaseBand.ONE, 66, PurchaseBand.FEW, 80, PurchaseBand.MANY, 90, PurchaseBand.VIP, 90));

    public SleepPolicy {
        EnumMap<PurchaseBand, Integer> copy = new EnumMap<>(PurchaseBand.class);
        copy.putAll(daysByBand);
        for (PurchaseBand band : PurchaseBand.values()) {
            Integer days = copy.get(band);
            if (days == null || days < 1) {
                throw new IllegalArgumentException("sleep threshold for segment " + band.label()
                        + " must be a positive number of days, got " + days);
            }
        }
        daysByBand = Map.copyOf(copy);
    }

    public int daysFor(PurchaseBand band) {
        return daysByBand.get(band);
    }

    /** The day the customer falls asleep, or null when there is no visit or no segment to judge by. */
    public LocalDate sleepAt(PurchaseBand band, LocalDate lastVisitDay) {
        if (band == null || lastVisitDay == null) {
            return null;
        }
        return lastVisitDay.plusDays(daysFor(band));
    }

    @Override
    public LocalDate sleepAt(PurchaseBand band, CustomerStats stats) {
        return sleepAt(band, stats.lastVisitDay());
    }
}

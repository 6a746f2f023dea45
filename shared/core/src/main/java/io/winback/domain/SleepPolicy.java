package io.winback.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * When a customer counts as asleep: this many days after their last visit day, per segment.
 * The reference playbook: 66 days for one-time buyers, 80 for 2-3 purchases, 90 for 4+ and VIP.
 */
public record SleepPolicy(Map<PurchaseBand, Integer> daysBySegment) {
    public static final SleepPolicy DEFAULT = new SleepPolicy(Map.of(
            PurchaseBand.ONE, 66, PurchaseBand.FEW, 80, PurchaseBand.MANY, 90, PurchaseBand.VIP, 90));

    public SleepPolicy {
        EnumMap<PurchaseBand, Integer> copy = new EnumMap<>(PurchaseBand.class);
        copy.putAll(daysBySegment);
        for (PurchaseBand segment : PurchaseBand.values()) {
            Integer days = copy.get(segment);
            if (days == null || days < 1) {
                throw new IllegalArgumentException("sleep threshold for segment " + segment.label()
                        + " must be a positive number of days, got " + days);
            }
        }
        daysBySegment = Map.copyOf(copy);
    }

    public int daysFor(PurchaseBand segment) {
        return daysBySegment.get(segment);
    }

    /** The day the customer falls asleep, or null when there is no visit or no segment to judge by. */
    public LocalDate sleepAt(PurchaseBand segment, LocalDate lastVisitDay) {
        if (segment == null || lastVisitDay == null) {
            return null;
        }
        return lastVisitDay.plusDays(daysFor(segment));
    }
}

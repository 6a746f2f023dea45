package io.winback.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * When a customer counts as asleep: this many days after their last visit day, per segment.
 * The reference playbook: 66 days for one-time buyers, 80 for 2-3 purchases, 90 for 4+ and VIP.
 */
public record SleepPolicy(Map<Segment, Integer> daysBySegment) {
    public static final SleepPolicy DEFAULT = new SleepPolicy(Map.of(
            Segment.ONE, 66, Segment.FEW, 80, Segment.MANY, 90, Segment.VIP, 90));

    public SleepPolicy {
        EnumMap<Segment, Integer> copy = new EnumMap<>(Segment.class);
        copy.putAll(daysBySegment);
        for (Segment segment : Segment.values()) {
            Integer days = copy.get(segment);
            if (days == null || days < 1) {
                throw new IllegalArgumentException("sleep threshold for segment " + segment.label()
                        + " must be a positive number of days, got " + days);
            }
        }
        daysBySegment = Map.copyOf(copy);
    }

    public int daysFor(Segment segment) {
        return daysBySegment.get(segment);
    }

    /** The day the customer falls asleep, or null when there is no visit or no segment to judge by. */
    public LocalDate sleepAt(Segment segment, LocalDate lastVisitDay) {
        if (segment == null || lastVisitDay == null) {
            return null;
        }
        return lastVisitDay.plusDays(daysFor(segment));
    }
}

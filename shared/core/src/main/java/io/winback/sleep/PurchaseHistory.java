package io.winback.sleep;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.TreeSet;

/**
 * What BG/NBD needs to know of one customer at a cutoff, its (x, t_x, T), in one time unit (days in production; the
 * published CDNOW figures are in weeks): {@code repeatPurchases} x, the purchases after the first, purchases on one day
 * counted once (a basket split at the till is one visit); {@code lastAt} t_x, the time from the first purchase to the
 * last; {@code age} T, the time from the first purchase to the cutoff. A customer with no repeat purchase has t_x = 0.
 */
public record PurchaseHistory(int repeatPurchases, double lastAt, double age) {
    public PurchaseHistory {
        if (repeatPurchases < 0) {
            throw new IllegalArgumentException("repeatPurchases must be 0 or more, was " + repeatPurchases);
        }
        if (!(lastAt >= 0) || !(age >= lastAt) || Double.isInfinite(age)) {
            throw new IllegalArgumentException("need 0 <= lastAt <= age, finite; was lastAt=" + lastAt + ", age=" + age);
        }
        if (repeatPurchases == 0 && lastAt != 0) {
            throw new IllegalArgumentException("a customer with no repeat purchase has lastAt 0, was " + lastAt);
        }
    }

    /**
     * The history as of {@code cutoff} from the days a customer bought on, in units of {@code daysPerUnit} days (1 for
     * days, 7 for weeks). Days after the cutoff are not yet known and are left out; repeated days count once.
     *
     * @throws IllegalArgumentException if no purchase falls on or before the cutoff
     */
    public static PurchaseHistory asOf(Collection<LocalDate> purchaseDays, LocalDate cutoff, double daysPerUnit) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day : purchaseDays) {
            if (!day.isAfter(cutoff)) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no purchase on or before " + cutoff);
        }
        LocalDate first = days.first();
        return new PurchaseHistory(days.size() - 1,
                ChronoUnit.DAYS.between(first, days.last()) / daysPerUnit,
                ChronoUnit.DAYS.between(first, cutoff) / daysPerUnit);
    }

    /**
     * The same customer when {@code sinceLastPurchase} time units have passed since the last purchase with no new one:
     * x and t_x stay, the age is t_x plus the silence.
     */
    public PurchaseHistory withSilence(double sinceLastPurchase) {
        return new PurchaseHistory(repeatPurchases, lastAt, lastAt + sinceLastPurchase);
    }

    /** The same history measured in a unit {@code factor} times smaller (weeks to days: 7). */
    public PurchaseHistory inUnit(double factor) {
        return new PurchaseHistory(repeatPurchases, lastAt * factor, age * factor);
    }
}

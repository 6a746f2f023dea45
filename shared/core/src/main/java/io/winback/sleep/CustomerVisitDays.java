package io.winback.sleep;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * What the timing job reads of a card: the customer's key, the distinct days they bought on (the shop's days, as
 * epoch days, ascending) and whether they hold a VIP card (the playbook's band). Days as an int array, not a set of
 * dates: the job holds every customer of the shop at once, and a million cards of sets would not fit a Lambda.
 */
public record CustomerVisitDays(String key, int[] epochDays, boolean vip) {
    /** No day: before any purchase. */
    public static final int NONE = Integer.MIN_VALUE;

    public CustomerVisitDays {
        Objects.requireNonNull(key, "key");
        epochDays = Arrays.stream(epochDays).sorted().distinct().toArray();
    }

    public static CustomerVisitDays of(String key, Collection<LocalDate> days, boolean vip) {
        return new CustomerVisitDays(key, days.stream().mapToInt(d -> Math.toIntExact(d.toEpochDay())).toArray(), vip);
    }

    /** How many distinct days they bought on up to and including {@code day}. */
    public int daysUpTo(int day) {
        int i = Arrays.binarySearch(epochDays, day);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The last day they bought on up to and including {@code day}; {@link #NONE} when none. */
    public int lastUpTo(int day) {
        int n = daysUpTo(day);
        return n == 0 ? NONE : epochDays[n - 1];
    }

    /** The first day they bought on after {@code day}; {@link Integer#MAX_VALUE} when none. */
    public int firstAfter(int day) {
        int n = daysUpTo(day);
        return n < epochDays.length ? epochDays[n] : Integer.MAX_VALUE;
    }

    /** BG/NBD's (x, t_x, T) in days as of {@code day}; null when they had not bought by then. */
    public PurchaseHistory historyAsOf(int day) {
        int n = daysUpTo(day);
        if (n == 0) {
            return null;
        }
        int first = epochDays[0];
        return new PurchaseHistory(n - 1, epochDays[n - 1] - first, day - first);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerVisitDays other && key.equals(other.key) && vip == other.vip
                && Arrays.equals(epochDays, other.epochDays);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(epochDays);
    }

    @Override
    public String toString() {
        return "CustomerVisitDays[" + key + ", " + epochDays.length + " days, vip=" + vip + "]";
    }
}

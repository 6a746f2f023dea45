package io.winback.timing;

import io.winback.sleep.CustomerVisitDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the timing decision reads of the shop, gathered card by card and mergeable, so a job that reads the cards in
 * many slices decides exactly as one that read them all at once: counts over every card (cards read, customers with a
 * purchase by the run's day, repeat buyers, customers recent at the oldest backtest cutoff) and the customers whose
 * sample hash ({@link StableSample#hash}) is at most {@code bound}, those with a purchase by the day only.
 *
 * <p>Why a bound rather than each slice's own lowest hashes: a slice cannot know the shop's sample, but a customer in
 * it has one of the shop's lowest {@code cap} hashes only if their hash is below the shop's cut; with a bound above
 * that cut every sampled customer is kept wherever they are read, and the merge takes the lowest {@code cap} of what
 * was kept ({@link #complete}). A bound chosen too low (from a stale table estimate) is seen at the merge, and the
 * cards are read again with a wider one ({@link #widened}).
 */
public final class TimingSample {
    /** Keep every customer: no bound. */
    public static final long EVERYONE = Long.MAX_VALUE;
    /** The bound is set to keep this many times the cap on the estimate, so a stale estimate rarely falls short. */
    static final double MARGIN = 1.5;

    private final LocalDate day;
    private final int d;
    private final int oldestCutoff;
    private final long bound;
    private long cards;
    private long customers;
    private long repeatCustomers;
    private long recentAtOldestCutoff;
    private final List<CustomerVisitDays> kept = new ArrayList<>();

    public TimingSample(LocalDate day, long bound) {
        this.day = day;
        this.d = Math.toIntExact(day.toEpochDay());
        this.oldestCutoff = Math.toIntExact(BacktestCutoffs.before(day).get(0).toEpochDay());
        this.bound = bound;
    }

    /** Every card of {@code all} kept: the one-read decision. */
    public static TimingSample ofEveryone(LocalDate day, List<CustomerVisitDays> all) {
        TimingSample sample = new TimingSample(day, EVERYONE);
        all.forEach(sample::add);
        return sample;
    }

    /** The bound that keeps about {@value #MARGIN} × {@code cap} customers of {@code estimated}; everyone below. */
    public static long boundFor(long estimated, int cap) {
        return boundOfShare(MARGIN * cap / Math.max(1, estimated));
    }

    /** A wider bound after {@code fellShort}: sized on its exact count of customers, at least twice as wide. */
    public static long widened(TimingSample fellShort, int cap) {
        double share = Math.max(MARGIN * cap / Math.max(1, fellShort.customers), 2 * shareOf(fellShort.bound));
        return boundOfShare(share);
    }

    private static long boundOfShare(double share) {
        if (share >= 1) {
            return EVERYONE;
        }
        return (long) (Long.MIN_VALUE + share * 0x1p64);
    }

    private static double shareOf(long bound) {
        return ((double) bound - Long.MIN_VALUE) / 0x1p64;
    }

    public synchronized void add(CustomerVisitDays v) {
        cards++;
        var history = v.historyAsOf(d);
        if (history == null) {
            return;
        }
        customers++;
        repeatCustomers += history.repeatPurchases() > 0 ? 1 : 0;
        recentAtOldestCutoff += TimingBacktest.isRecent(v, oldestCutoff) ? 1 : 0;
        if (bound == EVERYONE || StableSample.hash(v.key()) <= bound) {
            kept.add(v);
        }
    }

    /** Adds what another slice gathered under the same day and bound. */
    public synchronized void absorb(Counts counts, List<CustomerVisitDays> keptThere) {
        cards += counts.cards();
        customers += counts.customers();
        repeatCustomers += counts.repeatCustomers();
        recentAtOldestCutoff += counts.recentAtOldestCutoff();
        kept.addAll(keptThere);
    }

    /** The counts over every card read. */
    public record Counts(long cards, long customers, long repeatCustomers, long recentAtOldestCutoff) {
    }

    public synchronized Counts counts() {
        return new Counts(cards, customers, repeatCustomers, recentAtOldestCutoff);
    }

    public synchronized List<CustomerVisitDays> kept() {
        return List.copyOf(kept);
    }

    public LocalDate day() {
        return day;
    }

    public long bound() {
        return bound;
    }

    /**
     * Whether the kept customers hold the shop's whole sample of {@code cap}: every customer kept, or at least
     * {@code cap} of them (each kept customer's hash is at most the bound, and everyone's up to it is kept, so the
     * shop's lowest {@code cap} are among them).
     */
    public synchronized boolean complete(int cap) {
        return bound == EVERYONE || kept.size() >= cap || kept.size() == customers;
    }
}

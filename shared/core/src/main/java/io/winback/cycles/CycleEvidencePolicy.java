package io.winback.cycles;

import io.winback.report.ReportLanguage;
import io.winback.text.Noun;

/**
 * How much evidence a group's learned cycle needs before a chain may trust it: at least {@code minIntervals}
 * intervals between consecutive purchases, from at least {@code minCustomers} customers. Both, because thirty
 * intervals of one regular say how that one person shops, not how the goods are used up.
 */
public record CycleEvidencePolicy(int minIntervals, int minCustomers) {
    /** The "say 30 intervals from 10 customers": a median of 30 is steady to a few days for most goods. */
    public static final int MIN_INTERVALS = 30;
    public static final int MIN_CUSTOMERS = 10;
    public static final CycleEvidencePolicy DEFAULT = new CycleEvidencePolicy(MIN_INTERVALS, MIN_CUSTOMERS);

    public CycleEvidencePolicy {
        if (minIntervals < 1 || minCustomers < 1) {
            throw new IllegalArgumentException("a cycle needs at least one interval from one customer");
        }
    }

    public boolean enough(long intervals, long customers) {
        return intervals >= minIntervals && customers >= minCustomers;
    }

    /** Why {@code intervals} from {@code customers} are not enough, in the owner's words; null when they are. */
    public String shortfall(long intervals, long customers) {
        return shortfall(intervals, customers, ReportLanguage.EN);
    }

    /** The same in {@code language}. */
    public String shortfall(long intervals, long customers, ReportLanguage language) {
        if (enough(intervals, customers)) {
            return null;
        }
        return Noun.INTERVAL.count(intervals, language) + language.pick(", ", " from ")
                + Noun.BUYER.count(customers, language) + "; "
                + needs(language);
    }

    /** What a learned cycle needs: «для цикла нужно минимум 30 интервалов и 10 покупателей». */
    public String needs(ReportLanguage language) {
        return language.pick("для цикла нужно минимум ", "a learned cycle needs at least ")
                + Noun.INTERVAL.count(minIntervals, language) + language.pick(" и ", " from ")
                + Noun.BUYER.count(minCustomers, language);
    }
}

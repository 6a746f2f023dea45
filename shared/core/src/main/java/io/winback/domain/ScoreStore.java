package io.winback.domain;

import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceRead;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The segments job's view of the customers: every customer's figures once, read in parallel, and a write of their
 * scores that loses to any change made since they were read (the next run scores them again).
 */
public interface ScoreStore {
    /** What scoring needs of a customer, and the scores they hold now. */
    record Figures(String key, long version, int purchases, boolean vip, BigDecimal netSpent, LocalDate lastVisitDay,
                   RfmScores scores) {
    }

    /**
     * Calls {@code each} once per customer, from several threads at once; returns the read capacity units it cost.
     */
    double forEach(Consumer<Figures> each);

    /** Calls {@code each} for the customers of one slice of the base, read within {@code budget}, from one thread. */
    SliceRead slice(Slice slice, SliceBudget budget, Consumer<Figures> each);

    /** Stores {@code scores} (null removes them) if the customer still has {@code version}; false if they changed. */
    boolean saveScoresIfUnchanged(String key, long version, RfmScores scores);
}

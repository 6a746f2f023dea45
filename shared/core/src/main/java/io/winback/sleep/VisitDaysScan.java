package io.winback.sleep;

import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceRead;

import java.util.function.Consumer;

/** Every customer card's visit days, for the timing job (which needs nothing else of a card). */
public interface VisitDaysScan {

    /** Hands every customer who is not erased to {@code each}, one at a time, from one thread. */
    void forEach(Consumer<CustomerVisitDays> each);

    /** The same for the customers of one slice of the base, read within {@code budget}, from one thread. */
    SliceRead slice(Slice slice, SliceBudget budget, Consumer<CustomerVisitDays> each);
}

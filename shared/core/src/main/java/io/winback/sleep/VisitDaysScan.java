package io.winback.sleep;

import java.util.function.Consumer;

/** Every customer card's visit days, for the timing job (which needs nothing else of a card). */
public interface VisitDaysScan {

    /** Hands every customer who is not erased to {@code each}, one at a time, from one thread. */
    void forEach(Consumer<CustomerVisitDays> each);
}

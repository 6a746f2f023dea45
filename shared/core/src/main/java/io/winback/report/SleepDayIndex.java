package io.winback.report;

import java.time.LocalDate;
import java.util.List;

/** Who falls asleep on a day, decided or not, a page at a time: the sleeping report's only way to the customers. */
public interface SleepDayIndex {
    /**
     * Keys of customers whose sleep day is {@code day} (still to decide), or whose last decision was made for it.
     *
     * @param cursor null for the first page, else the previous page's {@link Page#nextCursor()}
     * @throws IllegalArgumentException when {@code cursor} was not handed out for this day
     */
    Page page(LocalDate day, int limit, String cursor);

    /** @param nextCursor null when nothing follows; a page may be short, or even empty, before the last one */
    record Page(List<String> customerKeys, String nextCursor) {
        public Page {
            customerKeys = List.copyOf(customerKeys);
        }
    }
}

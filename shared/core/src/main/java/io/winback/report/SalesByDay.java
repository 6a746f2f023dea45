package io.winback.report;

import java.time.LocalDate;
import java.util.function.Consumer;

/** The receipts of a period, by shop day; the reports' only way to sales, and never a scan of all of them. */
public interface SalesByDay {
    /**
     * Hands over every receipt from {@code from} to {@code to} inclusive, one at a time and day by day in order (a
     * report may close a day when the next begins), at {@code store} only when it is not null.
     */
    void forEach(LocalDate from, LocalDate to, String store, Consumer<DaySale> each);
}

package io.winback.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * The sale lines by product and shop day: who bought a product or group in a period is one key range, never a scan
 * of the sales. The stats function fills it from the Sales stream; the buyers report reads it.
 */
public interface SaleLineIndex {
    /** Stores the entries; writing an entry again (a replayed stream batch) changes nothing. */
    void add(Collection<SaleLineEntry> entries);

    /** Removes the entries with these keys (product, day, store, customer, sale); absent ones are no trouble. */
    void remove(Collection<SaleLineEntry> entries);

    /** Hands over the entries of {@code product} from {@code from} to {@code to} inclusive, one at a time. */
    void forEach(Product product, LocalDate from, LocalDate to, Consumer<SaleLineEntry> each);
}

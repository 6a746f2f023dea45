package io.winback.segment;

import io.winback.domain.Customer;

import java.util.List;

/**
 * Every customer, a page at a time, in {@code parts} independent parts (a parallel scan's segments), so filling a
 * segment fans out over many small invocations, each resumable from its cursor.
 */
public interface CustomerPages {
    Page page(int part, int parts, String cursor, int limit);

    /** @param next where the part goes on; null when it is done */
    record Page(List<Customer> customers, String next) {
        public Page {
            customers = List.copyOf(customers);
        }
    }
}

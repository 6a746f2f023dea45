package io.winback.domain;

import java.util.List;

/** Customers found by the beginning of their name, as staff type it at the till. */
public interface CustomerNames {

    /** At most {@code limit} customers whose name's {@link NameKey} begins with {@code prefix}'s, by name. */
    List<Customer> startingWith(String prefix, int limit);
}

package io.winback.domain;

import java.time.Instant;
import java.util.Optional;

/** Where customers are kept, with optimistic concurrency: a save succeeds only over the version it was read at. */
public interface CustomerStore {

    Optional<Customer> find(String customerKey);

    /**
     * Stores {@code customer} if the stored version is still {@code customer.version()} (0: not stored yet).
     * Returns false, and changes nothing, when another writer got there first.
     */
    boolean saveIfUnchanged(Customer customer, Instant now);
}

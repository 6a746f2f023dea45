package io.winback.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where customers are kept, with optimistic concurrency: a save succeeds only over the version it was read at. */
public interface CustomerStore {

    Optional<Customer> find(String customerKey);

    /**
     * Stores {@code customer} if the stored version is still {@code customer.version()} (0: not stored yet).
     * Returns false, and changes nothing, when another writer got there first.
     */
    boolean saveIfUnchanged(Customer customer, Instant now);

    /** Keys of the customers whose sleep day is {@code day}: the daily check's starting list. */
    List<String> fallingAsleepOn(LocalDate day);
}

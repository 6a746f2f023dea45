package io.winback.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where customers are kept, with optimistic concurrency: a save succeeds only over the version it was read at. */
public interface CustomerStore {

    Optional<Customer> find(String customerKey);

    /**
     * The stored customers among {@code customerKeys}, by key (absent keys are not in the map). A store that can
     * read many at once overrides this; a batch of stream records then costs one round trip, not one per customer.
     */
    default Map<String, Customer> findAll(Collection<String> customerKeys) {
        Map<String, Customer> found = new HashMap<>();
        for (String key : customerKeys) {
            find(key).ifPresent(customer -> found.put(key, customer));
        }
        return found;
    }

    /**
     * Stores {@code customer} if the stored version is still {@code customer.version()} (0: not stored yet).
     * Returns false, and changes nothing, when another writer got there first.
     */
    boolean saveIfUnchanged(Customer customer, Instant now);

    /**
     * Removes the customer's card, and with it every index entry it made (phone, card, sleep day); false when there
     * was none. A writer holding a version read before fails its save, as after any other change.
     */
    boolean delete(String customerKey);

    /**
     * The customers whose profile holds {@code detail} now, in no particular order; several when people share a
     * phone. Found through an eventually consistent index, so a detail saved a moment ago may not find its customer
     * yet; a customer found is read consistently and returned only if they still hold the detail.
     */
    List<Customer> findByContact(ContactDetail detail);

    /** Keys of the customers whose sleep day is {@code day}. */
    List<String> fallingAsleepOn(LocalDate day);

    /**
     * Customers whose sleep day is {@code day} or earlier and not decided yet: the daily check's starting list. A
     * day the check missed is in it, so the next run catches up.
     */
    List<Sleeper> undecidedSleepersBy(LocalDate day);

    /** A customer and the sleep day the check has to decide on. */
    record Sleeper(String customerKey, LocalDate sleepAt) {
    }
}

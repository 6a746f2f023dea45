package io.winback.stats;

import io.winback.domain.ContactDetail;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Customers in a map, with the version check DynamoDB's conditional put makes; tests override what they probe. */
class InMemoryCustomers implements CustomerStore {
    final Map<String, Customer> saved = new ConcurrentHashMap<>();

    @Override
    public Optional<Customer> find(String key) {
        return Optional.ofNullable(saved.get(key));
    }

    @Override
    public synchronized boolean saveIfUnchanged(Customer customer, Instant now) {
        Customer stored = saved.get(customer.key());
        if ((stored == null ? 0 : stored.version()) != customer.version()) {
            return false;
        }
        saved.put(customer.key(), customer.withVersion(customer.version() + 1));
        return true;
    }

    @Override
    public boolean delete(String key) {
        return saved.remove(key) != null;
    }

    @Override
    public List<Customer> findByContact(ContactDetail detail) {
        return saved.values().stream().filter(customer -> detail.isHeldBy(customer.profile())).toList();
    }

    @Override
    public List<String> fallingAsleepOn(LocalDate day) {
        throw new UnsupportedOperationException("not needed by the stats update");
    }

    @Override
    public List<Sleeper> undecidedSleepersBy(LocalDate day) {
        throw new UnsupportedOperationException("not needed by the stats update");
    }
}

package io.winback.segment;

import io.winback.domain.ContactDetail;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.log.JsonLog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer store of a function that edits cards (the customer API's profile, consent and property edits, the
 * worker's bonus grants): each card saved is evaluated against the segments at once, so an edit moves a customer in
 * or out without waiting for a sale or a flip day. A failed evaluation does not undo the save; it is logged, and the
 * customer's next change or flip day evaluates them again.
 */
public final class CustomersKeptInSegments implements CustomerStore {
    private static final JsonLog LOG = JsonLog.forClass(CustomersKeptInSegments.class);
    private final CustomerStore customers;
    private final SegmentMemberships memberships;

    public CustomersKeptInSegments(CustomerStore customers, SegmentMemberships memberships) {
        this.customers = customers;
        this.memberships = memberships;
    }

    @Override
    public boolean saveIfUnchanged(Customer customer, Instant now) {
        if (!customers.saveIfUnchanged(customer, now)) {
            return false;
        }
        try {
            SegmentConfiguration definitions = memberships.definitions();
            if (!definitions.segments().isEmpty()) {
                memberships.refresh(definitions, customer, now, SegmentMemberships.Flip.LAZY, customers::find);
            }
        } catch (RuntimeException e) {
            LOG.warn("segments_not_refreshed", "customer", JsonLog.mask(customer.key()),
                    "error", e.getClass().getSimpleName());
        }
        return true;
    }

    @Override
    public Optional<Customer> find(String customerKey) {
        return customers.find(customerKey);
    }

    @Override
    public Map<String, Customer> findAll(Collection<String> customerKeys) {
        return customers.findAll(customerKeys);
    }

    @Override
    public boolean delete(String customerKey) {
        return customers.delete(customerKey);
    }

    @Override
    public List<Customer> findByContact(ContactDetail detail) {
        return customers.findByContact(detail);
    }

    @Override
    public List<String> fallingAsleepOn(LocalDate day) {
        return customers.fallingAsleepOn(day);
    }

    @Override
    public List<Sleeper> undecidedSleepersBy(LocalDate day) {
        return customers.undecidedSleepersBy(day);
    }
}

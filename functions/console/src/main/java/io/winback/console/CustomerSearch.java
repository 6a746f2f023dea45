package io.winback.console;

import io.winback.access.Role;
import io.winback.domain.ContactDetail;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.domain.PhoneNumbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds customers by what staff have at hand: a phone as typed (normalised as the webhook does), a card number, or
 * the customer's id. Staff find only customers who bought at their store: the others are as if there were none.
 */
final class CustomerSearch {
    static final int QUERY_LENGTH = 64;

    private final CustomerStore customers;
    private final PhoneNumbers phones;

    CustomerSearch(CustomerStore customers, PhoneNumbers phones) {
        this.customers = customers;
        this.phones = phones;
    }

    List<Customer> find(Role role, String query) {
        if (query == null || query.isBlank() || query.length() > QUERY_LENGTH) {
            return List.of();
        }
        String text = query.strip();
        Map<String, Customer> found = new LinkedHashMap<>();
        phones.toE164(text).ifPresent(e164 -> customers.findByContact(new ContactDetail.Phone(e164))
                .forEach(c -> found.putIfAbsent(c.key(), c)));
        customers.findByContact(new ContactDetail.Card(text)).forEach(c -> found.putIfAbsent(c.key(), c));
        customers.find(text).ifPresent(c -> found.putIfAbsent(c.key(), c));
        List<Customer> readable = new ArrayList<>();
        found.values().stream().filter(role::mayRead).forEach(readable::add);
        return readable;
    }
}

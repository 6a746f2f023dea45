package io.winback.console;

import io.winback.access.Role;
import io.winback.domain.ContactDetail;
import io.winback.domain.Customer;
import io.winback.domain.CustomerNames;
import io.winback.domain.CustomerStore;
import io.winback.domain.PhoneNumbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds customers by what staff have at hand: a phone as typed (normalised as the webhook does), a card number, the
 * customer's id, or the beginning of their name as the till wrote it ("анна кл" finds Анна Ключёва; at most
 * {@value #NAMES_AT_MOST}). Staff find only customers who bought at their store: the others are as if there were none.
 */
final class CustomerSearch {
    static final int QUERY_LENGTH = 64;
    /** A page of names to choose from: more means the beginning typed is too short to tell them apart. */
    static final int NAMES_AT_MOST = 20;

    private final CustomerStore customers;
    private final PhoneNumbers phones;
    private final CustomerNames names;

    CustomerSearch(CustomerStore customers, CustomerNames names, PhoneNumbers phones) {
        this.names = names;
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
        if (found.isEmpty() && text.codePoints().anyMatch(Character::isLetter)) {
            names.startingWith(text, NAMES_AT_MOST).forEach(c -> found.putIfAbsent(c.key(), c));
        }
        List<Customer> readable = new ArrayList<>();
        found.values().stream().filter(role::mayRead).forEach(readable::add);
        return readable;
    }
}

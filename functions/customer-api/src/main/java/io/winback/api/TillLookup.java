package io.winback.api;

import io.winback.json.customer.BonusView;
import io.winback.access.Role;
import io.winback.domain.ContactDetail;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.domain.PhoneNumbers;
import io.winback.http.ApiReply;

import io.winback.validation.Validated;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The till's question at the counter: who is this phone or card, and how much bonus can they spend. When several
 * customers share a phone (a family, a reissued number) the one who bought most recently is answered, since that is
 * most likely who stands at the till, and {@code matches} says how many there were.
 */
final class TillLookup {
    /** Most recent purchase first; customers who never bought last; then by key, so the answer never flips. */
    static final Comparator<Customer> MOST_RECENTLY_ACTIVE = Comparator
            .comparing((Customer c) -> c.stats().lastPurchaseAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Customer::key);

    private final CustomerStore customers;
    private final PhoneNumbers phones;
    private final BonusView bonuses;
    private final Clock clock;

    TillLookup(CustomerStore customers, PhoneNumbers phones, BonusView bonuses, Clock clock) {
        this.customers = customers;
        this.phones = phones;
        this.bonuses = bonuses;
        this.clock = clock;
    }

    /** @param role staff find only customers who bought at their store; others are as if there were none */
    ApiReply lookup(Map<String, String> query, Role role) {
        ContactDetail detail;
        switch (LookupQuery.of(query, phones)) {
            case Validated.Invalid<ContactDetail> invalid -> {
                return ApiReply.errors(400, invalid.errors());
            }
            case Validated.Valid<ContactDetail> valid -> detail = valid.value();
        }
        List<Customer> found = customers.findByContact(detail).stream().filter(role::mayRead)
                .sorted(MOST_RECENTLY_ACTIVE).toList();
        if (found.isEmpty()) {
            return switch (detail) {
                case ContactDetail.Phone phone -> ApiReply.error(404, LookupQuery.PHONE, "no customer has the phone "
                        + phone.e164() + "; a customer saved in the last second may not be found yet");
                case ContactDetail.Card card -> ApiReply.error(404, LookupQuery.CARD, "no customer has the card "
                        + card.number() + "; a customer saved in the last second may not be found yet");
            };
        }
        Instant now = clock.instant();
        Customer customer = found.getFirst();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customer.key());
        body.put("name", customer.profile().name());
        body.put("bonusBalance", BonusView.money(customer.bonuses().balance(now)));
        body.put("nearestExpiry", bonuses.nearestExpiryForTill(customer.bonuses(), now));
        body.put("matches", found.size());
        return ApiReply.ok(body);
    }
}

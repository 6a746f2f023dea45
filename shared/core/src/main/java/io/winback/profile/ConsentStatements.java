package io.winback.profile;

import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records what a customer said about being messaged, wherever they said it (the API, an unsubscribe link, the owner on
 * the console's card): the customer first, under the version condition and re-reads of any edit, stamped with the
 * statement's time, so a receipt that happened later still wins and an older one arriving late does not undo it; then
 * the ledger, which keeps every statement even when a newer receipt keeps the current value. A statement refused
 * writes nothing; should the writer die between the two writes, a retry writes the ledger entries (the customer is
 * then unchanged, so not written again).
 */
public final class ConsentStatements {
    /** Attempts against a customer changing under the write, as for any edit of a card. */
    public static final int MAX_ATTEMPTS = 10;
    /** The source an edit's as-of token names (the API's and the console's alike). */
    public static final String ASOF_SOURCE = "api";

    private final CustomerStore customers;
    private final ConsentLedger ledger;

    public ConsentStatements(CustomerStore customers, ConsentLedger ledger) {
        this.customers = customers;
        this.ledger = ledger;
    }

    /** Records {@code request} at {@code now}, every time it is made: the ledger is the record of statements. */
    public ConsentWrite record(String customerKey, ConsentRequest request, Instant now) {
        return write(customerKey, request, now, false);
    }

    /**
     * A withdrawal of one channel, written as {@link #record} writes it, except that a repeat writes nothing: mail
     * clients send the one-click POST again and people click twice, and the ledger should hold one statement, not one
     * per click. A repeat is when the profile already says no and the ledger's newest word on the channel is a
     * withdrawal; a profile that says no without one (a receipt said so) still gets the customer's own statement.
     */
    public ConsentWrite withdrawOnce(String customerKey, Channel channel, String source, Instant now) {
        return write(customerKey, new ConsentRequest(java.util.Map.of(channel, false), source, null), now, true);
    }

    private ConsentWrite write(String customerKey, ConsentRequest request, Instant now, boolean unlessOnRecord) {
        String token = CustomerProfile.asOfToken(now.toEpochMilli(), ASOF_SOURCE);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Customer> current = customers.find(customerKey);
            if (current.isEmpty()) {
                return new ConsentWrite.NoSuchCustomer();
            }
            if (unlessOnRecord && alreadyOnRecord(current.get(), request)) {
                return new ConsentWrite.Written(current.get(), List.of());
            }
            Customer changed = current.get().withProfile(request.asProfileEdit().applyTo(current.get().profile(), token,
                    now));
            if (changed.equals(current.get()) || customers.saveIfUnchanged(changed, now)) {
                List<ConsentChange> recorded = request.changes(customerKey, now);
                recorded.forEach(ledger::record);
                return new ConsentWrite.Written(changed, recorded);
            }
        }
        return new ConsentWrite.KeptChanging();
    }

    /** Whether the profile and the ledger's newest entry for each channel named already say what the request says. */
    private boolean alreadyOnRecord(Customer customer, ConsentRequest request) {
        CustomerProfile profile = customer.profile();
        boolean profileAgrees = request.granted().entrySet().stream().allMatch(said -> said.getValue().equals(
                said.getKey() == Channel.SMS ? profile.consentSms() : profile.consentEmail()));
        if (!profileAgrees) {
            return false; // the profile is read already; the ledger's Query only when it could make a difference
        }
        List<ConsentChange> history = ledger.history(customer.key());
        return request.granted().entrySet().stream().allMatch(said -> history.stream()
                .filter(change -> change.channel() == said.getKey() && change.applied()).findFirst()
                .map(newest -> newest.granted() == said.getValue()).orElse(false));
    }
}

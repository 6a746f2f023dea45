package io.winback.worker;

import io.winback.bonus.BonusGrant;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.retry.Backoff;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Read-modify-write of a customer under the same version condition the stats update uses, so a grant, a consent
 * change or a sleep decision never overwrites a sale applied in between: the loser re-reads and applies again.
 */
final class CustomerUpdates {
    private static final int ATTEMPTS = 10;
    private final CustomerStore customers;
    private final Clock clock;

    CustomerUpdates(CustomerStore customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * Puts {@code grant} on the customer's ledger once, under its id. Its history is the touch that gave it
     * ({@code TouchGrant}): nothing more to write.
     */
    void grant(String customerKey, BonusGrant grant) {
        update(customerKey, c -> {
            Customer granted = withGrant(c, grant);
            return granted == c ? null : granted;
        });
    }

    /** {@code card} with {@code grant} on its ledger; {@code card} itself when the ledger has it already. */
    Customer withGrant(Customer card, BonusGrant grant) {
        return card.bonuses().grant(grant.id()).isPresent() ? card
                : card.withBonuses(card.bonuses().with(grant, clock.instant()));
    }

    Optional<Customer> find(String customerKey) {
        return customers.find(customerKey);
    }

    /** Writes the customer as stored again, so the derived attributes (sleep day, its index) follow the policies. */
    void rewrite(String customerKey) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Customer> read = customers.find(customerKey);
            if (read.isEmpty() || customers.saveIfUnchanged(read.get(), clock.instant())) {
                return;
            }
            Backoff.pause(attempt, 5, "rewriting a customer");
        }
    }

    /**
     * Applies {@code change} to the stored customer and saves it; {@code change} returns null to leave the customer
     * as it is (the change no longer applies, or was made before). Returns the customer as saved or found.
     */
    Optional<Customer> update(String customerKey, UnaryOperator<Customer> change) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Customer> read = customers.find(customerKey);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            Customer changed = change.apply(read.get());
            if (changed == null || changed.equals(read.get())) {
                return read;
            }
            if (customers.saveIfUnchanged(changed, clock.instant())) {
                return Optional.of(changed.withVersion(changed.version() + 1));
            }
            Backoff.pause(attempt, 5, "updating a customer");
        }
        throw new IllegalStateException("customer kept changing for " + ATTEMPTS + " attempts");
    }
}

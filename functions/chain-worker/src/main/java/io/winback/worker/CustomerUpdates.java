package io.winback.worker;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusHistory;
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
    private final BonusHistory bonusHistory;
    private final Clock clock;

    CustomerUpdates(CustomerStore customers, BonusHistory bonusHistory, Clock clock) {
        this.customers = customers;
        this.bonusHistory = bonusHistory;
        this.clock = clock;
    }

    /**
     * Gives the customer {@code grant} once: on their ledger under its id, then in their bonus history (an item of
     * its own, idempotent). A crash in between is mended by the retry, which grants again (a no-op on the ledger).
     */
    void grant(String customerKey, BonusGrant grant) {
        Optional<Customer> customer = update(customerKey, c -> c.bonuses().grant(grant.id()).isPresent() ? null
                : c.withBonuses(c.bonuses().with(grant, clock.instant())));
        if (customer.isPresent()) {
            bonusHistory.recordGrant(customerKey, grant);
        }
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

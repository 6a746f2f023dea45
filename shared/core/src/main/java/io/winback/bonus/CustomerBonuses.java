package io.winback.bonus;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;

import java.time.Clock;

import java.util.Optional;

/** The bonuses on the customer's card and in their history, the card changed under its version condition. */
public final class CustomerBonuses implements BonusAccounts {
    private static final int MAX_ATTEMPTS = 10;
    private final CustomerStore customers;
    private final BonusHistory history;
    private final Clock clock;

    public CustomerBonuses(CustomerStore customers, BonusHistory history, Clock clock) {
        this.customers = customers;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public Account of(String customerKey) {
        return new Account(customers.find(customerKey).map(Customer::bonuses).orElse(BonusLedger.EMPTY),
                history.of(customerKey));
    }

    /** The card first (the till stops offering a balance at once), then the history's items. */
    @Override
    public int eraseAll(String customerKey) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Customer> read = customers.find(customerKey);
            if (read.isEmpty() || read.get().bonuses().equals(BonusLedger.EMPTY)
                    || customers.saveIfUnchanged(read.get().withBonuses(BonusLedger.EMPTY), clock.instant())) {
                return history.eraseAll(customerKey);
            }
        }
        throw new IllegalStateException("the customer kept changing while their bonuses were erased; try again");
    }

}

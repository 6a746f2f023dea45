package io.winback.bonus;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;

import java.time.Clock;
import java.util.Optional;

/** The bonuses as the customer's card holds them, changed under the card's version condition like any edit. */
public final class BonusesOnTheCard implements BonusAccounts {
    private static final int MAX_ATTEMPTS = 10;
    private final CustomerStore customers;
    private final Clock clock;

    public BonusesOnTheCard(CustomerStore customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public BonusLedger ledgerOf(String customerKey) {
        return customers.find(customerKey).map(Customer::bonuses).orElse(BonusLedger.EMPTY);
    }

    @Override
    public int eraseAll(String customerKey) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Customer> read = customers.find(customerKey);
            if (read.isEmpty()) {
                return 0;
            }
            BonusLedger ledger = read.get().bonuses();
            int records = ledger.grants().size() + ledger.redemptions().size();
            if (records == 0 || customers.saveIfUnchanged(read.get().withBonuses(BonusLedger.EMPTY), clock.instant())) {
                return records;
            }
        }
        throw new IllegalStateException("the customer kept changing while their bonuses were erased; try again");
    }
}

package io.winback.erasure;

import io.winback.domain.CustomerStore;

/**
 * The card: contacts, custom properties, statistics, scores, sleep decision, and the index entries they made (the
 * till's phone and card lookup, the sleep day). Its first purchase is on the tombstone already.
 */
public final class CustomerCardEraser implements CustomerDataEraser {
    private final CustomerStore customers;

    public CustomerCardEraser(CustomerStore customers) {
        this.customers = customers;
    }

    @Override
    public String name() {
        return "customer";
    }

    @Override
    public int erase(Erasure erasure) {
        return customers.delete(erasure.customerKey()) ? 1 : 0;
    }
}

package io.winback.erasure;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.log.JsonLog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Erases one customer everywhere Winback keeps them: a tombstone first (so nothing brings them back while the rest
 * goes, and so an interrupted erasure knows where it stopped), then each store's {@link CustomerDataEraser} in
 * turn, each recorded on the tombstone when done, then the tombstone marked finished and one audit line written with
 * the masked key, the pseudonym and the counts, never a contact detail.
 * <p>
 * Asked again, it answers what the first erasure did (nothing is left to erase) or finishes an interrupted one with
 * the moment it began. A key erased before whose customer bought again after (a new customer under the same key) is
 * erased again, from now. A key Winback never knew is {@link Outcome.Unknown}, and nothing is written.
 */
public final class CustomerErasure {
    private static final JsonLog LOG = JsonLog.forClass(CustomerErasure.class);
    private final CustomerKeyHash hash;
    private final Tombstones tombstones;
    private final CustomerStore customers;
    private final List<CustomerDataEraser> erasers;
    private final Clock clock;

    /** @param erasers run in this order; one that needs another store's records of the key runs before that one */
    public CustomerErasure(CustomerKeyHash hash, Tombstones tombstones, CustomerStore customers,
                           List<CustomerDataEraser> erasers, Clock clock) {
        this.hash = hash;
        this.tombstones = tombstones;
        this.customers = customers;
        this.erasers = List.copyOf(erasers);
        this.clock = clock;
        if (erasers.stream().map(CustomerDataEraser::name).distinct().count() != erasers.size()) {
            throw new IllegalArgumentException("two erasers share a name: an interrupted erasure could not resume");
        }
    }

    public sealed interface Outcome {
        /**
         * @param tombstone as left by the erasure: its moment and the counts per eraser
         * @param now       true when this call erased (or finished erasing); false when it had been done before
         */
        record Erased(Tombstone tombstone, boolean now) implements Outcome {
        }

        /** No customer and no tombstone under this key: nothing to erase, nothing written. */
        record Unknown() implements Outcome {
        }
    }

    public Outcome erase(String customerKey) {
        String erasedAs = hash.pseudonymOf(customerKey);
        Optional<Tombstone> earlier = tombstones.find(erasedAs);
        Optional<Customer> customer = customers.find(customerKey);
        Tombstone tombstone;
        if (earlier.isPresent() && !earlier.get().finished()) {
            tombstone = earlier.get(); // interrupted: resume with the moment it began
        } else if (customer.isPresent()) {
            Instant now = clock.instant();
            Instant firstPurchase = customer.get().stats().firstPurchaseAt();
            tombstone = earlier.map(t -> t.erasedAgain(now, firstPurchase))
                    .orElseGet(() -> Tombstone.begin(erasedAs, now, firstPurchase));
            tombstones.save(tombstone);
        } else if (earlier.isPresent()) {
            sweep(customerKey, earlier.get());
            return new Outcome.Erased(earlier.get(), false);
        } else {
            return new Outcome.Unknown();
        }
        CustomerDataEraser.Erasure erasure = new CustomerDataEraser.Erasure(customerKey, erasedAs,
                tombstone.erasedAt());
        for (CustomerDataEraser eraser : erasers) {
            if (!tombstone.isDone(eraser.name())) {
                tombstone = tombstone.withErased(eraser.name(), eraser.erase(erasure));
                tombstones.save(tombstone);
            }
        }
        tombstone = tombstone.asFinished();
        tombstones.save(tombstone);
        LOG.info("customer_erased", "customer", JsonLog.mask(customerKey), "erasedAs", erasedAs,
                "erasedAt", tombstone.erasedAt().toString(), "erased", tombstone.erased());
        return new Outcome.Erased(tombstone, true);
    }

    /**
     * Asked again after it finished: every eraser once more (each is idempotent), so whatever a step or a receipt
     * in flight at the moment of the erasure wrote under the key afterwards goes too. The answer stays the first.
     */
    private void sweep(String customerKey, Tombstone done) {
        CustomerDataEraser.Erasure erasure = new CustomerDataEraser.Erasure(customerKey, done.erasedAs(),
                done.erasedAt());
        java.util.Map<String, Integer> found = new java.util.LinkedHashMap<>();
        for (CustomerDataEraser eraser : erasers) {
            int erased = eraser.erase(erasure);
            if (erased > 0) {
                found.put(eraser.name(), erased);
            }
        }
        if (!found.isEmpty()) {
            LOG.info("customer_erasure_swept", "customer", JsonLog.mask(customerKey), "erasedAs", done.erasedAs(),
                    "erased", found);
        }
    }
}

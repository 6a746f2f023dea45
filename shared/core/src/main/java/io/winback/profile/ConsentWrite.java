package io.winback.profile;

import io.winback.consent.ConsentChange;
import io.winback.domain.Customer;

import java.util.List;

/**
 * What writing a consent statement came to. The API answers each in JSON, the unsubscribe link in a page, so the
 * write itself answers neither.
 */
public sealed interface ConsentWrite {
    /**
     * @param customer the customer as stored afterwards
     * @param recorded the ledger entries written; none when the statement was already on record
     */
    record Written(Customer customer, List<ConsentChange> recorded) implements ConsentWrite {
        public Written {
            recorded = List.copyOf(recorded);
        }
    }

    record NoSuchCustomer() implements ConsentWrite {
    }

    /** The customer changed under every attempt: nothing was written, and sending again is safe. */
    record KeptChanging() implements ConsentWrite {
    }
}

package io.winback.consent;

import java.util.List;

/** Where every consent change is kept. Recording the same change twice (a retry) keeps one entry. */
public interface ConsentLedger {
    /** A ledger that keeps nothing, for wiring that records no consent. */
    ConsentLedger NONE = new ConsentLedger() {
        @Override
        public void record(ConsentChange change) {
        }

        @Override
        public List<ConsentChange> history(String customerKey) {
            return List.of();
        }

        @Override
        public void delete(ConsentChange change) {
        }
    };

    void record(ConsentChange change);

    /** Every consent change of a customer, newest first: what they said, when, and through which source. */
    List<ConsentChange> history(String customerKey);

    /** Removes one statement from the customer's ledger; an absent one is no trouble. */
    void delete(ConsentChange change);
}

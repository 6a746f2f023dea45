package io.winback.consent;

/** Where every consent change is kept. Recording the same change twice (a retry) keeps one entry. */
public interface ConsentLedger {
    ConsentLedger NONE = change -> {
    };

    void record(ConsentChange change);
}

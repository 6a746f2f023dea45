package io.winback.erasure;

import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;

/** The consent ledger, kept under the pseudonym: what was said, when and how, with no contact in it. */
public final class ConsentLedgerEraser implements CustomerDataEraser {
    private final ConsentLedger ledger;

    public ConsentLedgerEraser(ConsentLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "consentLedger";
    }

    @Override
    public int erase(Erasure erasure) {
        int moved = 0;
        for (ConsentChange change : ledger.history(erasure.customerKey())) {
            ledger.record(WhatErasureKeeps.consent(change, erasure.erasedAs()));
            ledger.delete(change);
            moved++;
        }
        return moved;
    }
}

package io.winback.erasure;

import io.winback.consent.ConsentChange;
import io.winback.chain.ReactivationStore;

/** The consent ledger, kept under the pseudonym: what was said, when and how, with no contact in it. */
public final class ConsentLedgerEraser implements CustomerDataEraser {
    private final ReactivationStore store;

    public ConsentLedgerEraser(ReactivationStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "consentLedger";
    }

    @Override
    public int erase(Erasure erasure) {
        int moved = 0;
        for (ConsentChange change : store.consentHistory(erasure.customerKey())) {
            store.recordConsent(WhatErasureKeeps.consent(change, erasure.erasedAs()));
            store.deleteConsent(change);
            moved++;
        }
        return moved;
    }
}

package io.winback.erasure;

import io.winback.chain.ReactivationStore;
import io.winback.chain.Touch;

/** The touches, kept under the pseudonym without their messages ({@link WhatErasureKeeps#touch}). */
public final class TouchEraser implements CustomerDataEraser {
    private final ReactivationStore store;

    public TouchEraser(ReactivationStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "touches";
    }

    @Override
    public int erase(Erasure erasure) {
        int moved = 0;
        for (Touch touch : store.touchesOf(erasure.customerKey())) {
            // Kept first, then removed: an interruption between the two leaves the kept copy, which the retry's
            // put-if-absent leaves as it is.
            store.claim(WhatErasureKeeps.touch(touch, erasure.erasedAs()));
            store.deleteTouch(touch.customerKey(), touch.id());
            moved++;
        }
        return moved;
    }
}

package io.winback.erasure;

import io.winback.chain.Touch;
import io.winback.chain.Touches;

/** The touches, kept under the pseudonym without their messages ({@link WhatErasureKeeps#touch}). */
public final class TouchEraser implements CustomerDataEraser {
    private final Touches touches;

    public TouchEraser(Touches touches) {
        this.touches = touches;
    }

    @Override
    public String name() {
        return "touches";
    }

    @Override
    public int erase(Erasure erasure) {
        int moved = 0;
        for (Touch touch : touches.touchesOf(erasure.customerKey())) {
            // Kept first, then removed: an interruption between the two leaves the kept copy, which the retry's
            // put-if-absent leaves as it is.
            touches.claim(WhatErasureKeeps.touch(touch, erasure.erasedAs()));
            touches.deleteTouch(touch.customerKey(), touch.id());
            moved++;
        }
        return moved;
    }
}

package io.winback.erasure;

import io.winback.chain.Touch;
import io.winback.chain.Touches;
import io.winback.domain.CustomerRefs;
import io.winback.messages.Outbox;

import java.util.HashSet;
import java.util.Set;

/**
 * The local outbox's copies of the customer's messages (the stand-in for what SNS and SES sent): address, text,
 * subject and headers go, the channel and time stay. Found by the ids their touches went out under, whether the
 * touches are still under the key or already under the pseudonym.
 */
public final class OutboxEraser implements CustomerDataEraser {
    private final Outbox outbox;
    private final Touches touches;
    private final CustomerRefs refs;

    public OutboxEraser(Outbox outbox, Touches touches, CustomerRefs refs) {
        this.outbox = outbox;
        this.touches = touches;
        this.refs = refs;
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public int erase(Erasure erasure) {
        Set<String> sentAs = new HashSet<>();
        touches.touchesOf(erasure.customerKey()).forEach(touch -> sentAs.add(Touch.outwardIdOf(refs, erasure.customerKey(), touch.id())));
        for (Touch kept : touches.touchesOf(erasure.erasedAs())) {
            sentAs.add(Touch.outwardIdOf(refs, erasure.customerKey(), kept.id()));
        }
        return outbox.scrub(sentAs);
    }
}

package io.winback.erasure;

import io.winback.chain.ReactivationStore;
import io.winback.chain.Touch;
import io.winback.messaging.Outbox;

import java.util.HashSet;
import java.util.Set;

/**
 * The local outbox's copies of the customer's messages (the stand-in for what SNS and SES sent): address, text,
 * subject and headers go, the channel and time stay. Found by the ids their touches went out under, whether the
 * touches are still under the key or already under the pseudonym.
 */
public final class OutboxEraser implements CustomerDataEraser {
    private final Outbox outbox;
    private final ReactivationStore store;

    public OutboxEraser(Outbox outbox, ReactivationStore store) {
        this.outbox = outbox;
        this.store = store;
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public int erase(Erasure erasure) {
        Set<String> sentAs = new HashSet<>();
        store.touchesOf(erasure.customerKey()).forEach(touch -> sentAs.add(touch.globalId()));
        for (Touch kept : store.touchesOf(erasure.erasedAs())) {
            sentAs.add(kept.forCustomer(erasure.customerKey()).globalId());
        }
        return outbox.scrub(sentAs);
    }
}

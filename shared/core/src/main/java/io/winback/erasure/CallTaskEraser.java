package io.winback.erasure;

import io.winback.tasks.CallTask;
import io.winback.chain.ReactivationStore;
import io.winback.domain.CustomerRefs;

/**
 * The call tasks, open or closed: they hold the name, the phone and what staff noted. An open one leaves the staff's
 * lists with it, so nobody calls an erased customer. Runs before the touches move, since tasks are found through them.
 */
public final class CallTaskEraser implements CustomerDataEraser {
    private final ReactivationStore store;
    private final CustomerRefs refs;

    public CallTaskEraser(ReactivationStore store, CustomerRefs refs) {
        this.store = store;
        this.refs = refs;
    }

    @Override
    public String name() {
        return "callTasks";
    }

    @Override
    public int erase(Erasure erasure) {
        int erased = 0;
        for (CallTask task : store.tasksOf(erasure.customerKey(), refs)) {
            store.deleteTask(task.id());
            erased++;
        }
        return erased;
    }
}

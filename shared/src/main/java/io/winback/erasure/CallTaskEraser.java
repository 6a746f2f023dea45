package io.winback.erasure;

import io.winback.chain.CallTask;
import io.winback.chain.ReactivationStore;

/**
 * The call tasks, open or closed: they hold the name, the phone and what staff noted. An open one leaves the staff's
 * lists with it, so nobody calls an erased customer. Runs before the touches move, since tasks are found through them.
 */
public final class CallTaskEraser implements CustomerDataEraser {
    private final ReactivationStore store;

    public CallTaskEraser(ReactivationStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "callTasks";
    }

    @Override
    public int erase(Erasure erasure) {
        int erased = 0;
        for (CallTask task : store.tasksOf(erasure.customerKey())) {
            store.deleteTask(task.id());
            erased++;
        }
        return erased;
    }
}

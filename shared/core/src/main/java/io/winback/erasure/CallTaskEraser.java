package io.winback.erasure;

import io.winback.chain.Touches;
import io.winback.tasks.CallTask;
import io.winback.tasks.CallTasks;
import io.winback.domain.CustomerRefs;

/**
 * The call tasks, open or closed: they hold the name, the phone and what staff noted. An open one leaves the staff's
 * lists with it, so nobody calls an erased customer. Runs before the touches move, since tasks are found through them.
 */
public final class CallTaskEraser implements CustomerDataEraser {
    private final CallTasks tasks;
    private final Touches touches;
    private final CustomerRefs refs;

    public CallTaskEraser(CallTasks tasks, Touches touches, CustomerRefs refs) {
        this.tasks = tasks;
        this.touches = touches;
        this.refs = refs;
    }

    @Override
    public String name() {
        return "callTasks";
    }

    @Override
    public int erase(Erasure erasure) {
        int erased = 0;
        String key = erasure.customerKey();
        for (CallTask task : tasks.tasksOf(key, refs, touches.touchesOf(key))) {
            tasks.deleteTask(task.id());
            erased++;
        }
        return erased;
    }
}

package io.winback.tasks;

import io.winback.chain.Touch;
import io.winback.domain.CustomerRefs;
import io.winback.validation.InvalidCursorException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the call tasks for staff are kept: opened by a chain's call step, listed by store, closed with how the call
 * went. Opening and closing are conditional, so a retry changes nothing.
 */
public interface CallTasks {

    /** Opens a call task; a second call with the same id changes nothing. */
    void openTask(CallTask task);

    /**
     * A page of a store's open call tasks (every store's when {@code store} is null), soonest deadline first.
     *
     * @param cursor null for the first page, else the previous page's {@link TaskPage#nextCursor()}
     * @throws InvalidCursorException when {@code cursor} was not handed out for this list
     */
    default TaskPage openTasks(String store, int limit, String cursor) {
        return tasks(CallTask.OPEN, store, limit, cursor);
    }

    /**
     * A page of a store's call tasks in {@code status} (every store's when {@code store} is null): open ones soonest
     * deadline first, done ones most recently closed first, so a manager reads the latest outcomes.
     *
     * @param status {@link CallTask#OPEN} or {@link CallTask#DONE}
     * @throws InvalidCursorException when {@code cursor} was not handed out for this list
     */
    TaskPage tasks(String status, String store, int limit, String cursor);

    Optional<CallTask> task(String taskId);

    /**
     * Records how the call went and closes the task, only if it is still open: two staff closing the same task
     * at once cannot both succeed, and a retried close does not overwrite the first.
     */
    TaskClosing closeTask(String taskId, CallOutcome outcome, String comment, Instant doneAt);

    /**
     * {@link #closeTask} for whoever asks: the owner closes any task; staff close their own store's only, read first,
     * so another store's is answered {@link TaskClosing.NotYours} with nothing written. The one rule behind
     * {@code PATCH /v1/tasks/{taskId}} and the console's outcome buttons.
     */
    default TaskClosing closeTaskAs(io.winback.access.Role role, String taskId, CallOutcome outcome, String comment,
                                    Instant doneAt) {
        if (!role.isOwner()) {
            Optional<CallTask> task = task(taskId);
            if (task.isEmpty()) {
                return new TaskClosing.NoSuchTask();
            }
            if (!role.servesStore(task.get().store())) {
                return new TaskClosing.NotYours(task.get());
            }
        }
        return closeTask(taskId, outcome, comment, doneAt);
    }

    /** Removes a call task; an absent one is no trouble. */
    void deleteTask(String taskId);

    /**
     * The call tasks the customer's touches opened (open or closed), found through every touch, whatever its status
     * (the worker opens a task before it marks the touch call_task): a task's id is made of the customer's reference
     * and its touch's id ({@link CallTask#idOf}), or, for a task opened before ids stopped carrying the key, of the
     * key ({@link CallTask#legacyIdOf}).
     *
     * @param touches every touch of the customer
     */
    default List<CallTask> tasksOf(String customerKey, CustomerRefs refs, List<Touch> touches) {
        List<CallTask> tasks = new ArrayList<>();
        for (Touch touch : touches) {
            task(CallTask.idOf(refs, customerKey, touch.id()))
                    .or(() -> task(CallTask.legacyIdOf(customerKey, touch.id())))
                    .ifPresent(tasks::add);
        }
        return tasks;
    }

    /** @param nextCursor null when no task follows */
    record TaskPage(List<CallTask> tasks, String nextCursor) {
        public TaskPage {
            tasks = List.copyOf(tasks);
        }
    }

    /** What came of a {@link #closeTask}. */
    sealed interface TaskClosing {
        /** Closed now; the task as stored. */
        record Closed(CallTask task) implements TaskClosing {
        }

        /** Closed before (by this request's first try, or by someone else); the task as it was closed. */
        record AlreadyClosed(CallTask task) implements TaskClosing {
        }

        record NoSuchTask() implements TaskClosing {
        }

        /** Another store's task, asked by that store's staff: nothing written ({@link #closeTaskAs}). */
        record NotYours(CallTask task) implements TaskClosing {
        }
    }
}

package io.winback.chain;

import io.winback.consent.ConsentChange;
import io.winback.tasks.CallTask;
import io.winback.tasks.CallOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where episodes, touches, call tasks and consent changes are kept. Every write that could be repeated by a retry
 * is conditional, so a repeat changes nothing.
 */
public interface ReactivationStore {

    Optional<Episode> episode(String customerKey, String episodeId);

    List<Episode> episodesOf(String customerKey);

    /** Stores a new episode; false if one with its id exists already (a retried start). */
    boolean start(Episode episode);

    /** Saves over the version read (and moves it in or out of the due index); false if someone else saved first. */
    boolean saveIfUnchanged(Episode episode);

    /** Active episodes whose next step (or closing) is due on {@code day} or earlier. */
    List<DueEpisode> dueBy(LocalDate day);

    Optional<Touch> touch(String customerKey, String touchId);

    List<Touch> touchesOf(String customerKey);

    /** Claims a touch before anything is done for it; false if it was claimed before. */
    boolean claim(Touch touch);

    /** Moves a touch on from {@code expected}; false (and nothing written) if it is no longer in that status. */
    boolean advance(Touch touch, TouchStatus expected);

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
     * The call tasks the customer's touches opened (open or closed), found through every touch: a task's id is made
     * of the customer's reference and its touch's id ({@link CallTask#idOf}), or, for a task opened before ids
     * stopped carrying the key, of the key ({@link CallTask#legacyIdOf}).
     */
    List<CallTask> tasksOf(String customerKey, io.winback.domain.CustomerRefs refs);

    /** Removes a call task; an absent one is no trouble. */
    void deleteTask(String taskId);

    /** Removes one touch of the customer; an absent one is no trouble. */
    void deleteTouch(String customerKey, String touchId);

    /** Removes one episode of the customer; an absent one is no trouble. */
    void deleteEpisode(String customerKey, String episodeId);

    /** Removes one statement from the customer's consent ledger; an absent one is no trouble. */
    void deleteConsent(ConsentChange change);

    void recordConsent(ConsentChange change);

    /** Every consent change of a customer, newest first: what they said, when, and through which source. */
    List<ConsentChange> consentHistory(String customerKey);

    record DueEpisode(String customerKey, String episodeId) {
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
    }

    /** A cursor this store did not hand out, or handed out for another list. */
    final class InvalidCursorException extends RuntimeException {
        public InvalidCursorException(String message) {
            super(message);
        }
    }
}

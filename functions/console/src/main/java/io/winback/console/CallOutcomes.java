package io.winback.console;

import io.winback.access.Role;
import io.winback.log.JsonLog;
import io.winback.tasks.CallOutcome;
import io.winback.tasks.CallTasks;

import java.time.Clock;
import java.util.Optional;

/**
 * The outcome buttons of the call list: the task closed with how the call went and the comment, as the chains API
 * closes it (so the campaign report counts it), then back to the list (a reload does not post again). Staff close
 * their store's tasks only; a task closed meanwhile by someone else stays as they closed it.
 */
final class CallOutcomes {
    /** As long as a comment may be: what fits on a card, not a transcript. */
    static final int COMMENT_LENGTH = 500;
    private static final JsonLog LOG = JsonLog.forClass(CallOutcomes.class);

    private final CallTasks tasks;
    private final Clock clock;

    CallOutcomes(CallTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Empty when recorded (or recorded before); else why not, for the page to show with its status. */
    Optional<Refusal> record(Role role, String taskId, String outcomeName, String comment) {
        Optional<CallOutcome> outcome = CallOutcome.fromWireName(outcomeName == null ? "" : outcomeName);
        if (outcome.isEmpty()) {
            return Optional.of(new Refusal(400, "Выберите, чем закончился звонок.", "Choose how the call went."));
        }
        if (comment != null && comment.length() > COMMENT_LENGTH) {
            return Optional.of(new Refusal(400, "Комментарий длиннее " + COMMENT_LENGTH + " знаков.",
                    "The comment is longer than " + COMMENT_LENGTH + " characters."));
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        return switch (tasks.closeTaskAs(role, taskId, outcome.get(), note, clock.instant())) {
            case CallTasks.TaskClosing.Closed closed -> {
                LOG.info("task_closed", "customer", JsonLog.mask(closed.task().customerKey()), "store",
                        closed.task().store(), "outcome", closed.task().outcome(), "from", "console");
                yield Optional.empty();
            }
            // Closed meanwhile (a double tap, a colleague): it stays as first recorded, and the list shows it so.
            case CallTasks.TaskClosing.AlreadyClosed before -> Optional.empty();
            case CallTasks.TaskClosing.NoSuchTask none ->
                    Optional.of(new Refusal(404, "Такого звонка нет.", "There is no such call."));
            case CallTasks.TaskClosing.NotYours other ->
                    Optional.of(new Refusal(403, "Это звонок другого магазина.", "This call is another store's."));
        };
    }
}

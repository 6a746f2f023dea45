package io.winback.chainsapi;

import io.winback.access.Role;
import io.winback.http.TokenRefusal;
import io.winback.tasks.CallTasks;
import io.winback.tasks.CallTasks.TaskClosing;
import io.winback.http.ApiReply;
import io.winback.validation.Validated;
import io.winback.log.JsonLog;

import java.time.Clock;
import java.time.Instant;

import java.util.Optional;

/**
 * {@code PATCH /v1/tasks/{taskId}}: staff record how the call went, and the task closes. A task closes once: the
 * same outcome sent again (a retry, a double tap) is answered 200 with the task, a different one is refused (409)
 * with what was recorded, so the first record of a call is never overwritten.
 */
final class TaskEdits {
    /** A comment is at most 1000 characters; this leaves room for JSON escapes and nothing much more. */
    static final BodyLimit BODY = new BodyLimit(16 * 1024, "a call's outcome");
    /** Longer than any task id the worker makes; a longer one is no task, and too long for a DynamoDB key. */
    static final int MAX_TASK_ID_LENGTH = 512;
    private static final JsonLog LOG = JsonLog.forClass(TaskEdits.class);

    private final CallTasks tasks;
    private final Clock clock;

    TaskEdits(CallTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** @param role staff close their store's tasks; another store's is a 403, read before anything is written */
    ApiReply close(String taskId, String body, Role role) {
        Optional<ApiReply> tooLarge = BODY.refuse(body);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        TaskOutcome outcome;
        switch (TaskOutcomeParser.parse(body)) {
            case Validated.Invalid<TaskOutcome> invalid -> {
                return ApiReply.errors(400, invalid.errors());
            }
            case Validated.Valid<TaskOutcome> valid -> outcome = valid.value();
        }
        if (taskId.length() > MAX_TASK_ID_LENGTH) {
            return unknown(taskId);
        }
        Instant now = clock.instant();
        return switch (tasks.closeTaskAs(role, taskId, outcome.outcome(), outcome.comment(), now)) {
            case TaskClosing.Closed closed -> {
                LOG.info("task_closed", "customer", JsonLog.mask(closed.task().customerKey()), "store", closed.task().store(),
                        "outcome", closed.task().outcome());
                yield ApiReply.ok(TaskView.of(closed.task(), now));
            }
            case TaskClosing.AlreadyClosed before when outcome.sameAsRecordedOn(before.task()) ->
                    ApiReply.ok(TaskView.of(before.task(), now));
            case TaskClosing.AlreadyClosed before -> ApiReply.error(409, "outcome", "this call task was closed as "
                    + before.task().outcome() + " at " + before.task().doneAt()
                    + (outcome.outcome().wireName().equals(before.task().outcome()) ? " with another comment" : "")
                    + "; a closed task is not changed");
            case TaskClosing.NotYours other -> TokenRefusal.forbidden(role, "close a task of " + other.task().store());
            case TaskClosing.NoSuchTask none -> unknown(taskId);
        };
    }

    static ApiReply unknown(String taskId) {
        return ApiReply.error(404, "taskId", "no call task " + taskId);
    }
}

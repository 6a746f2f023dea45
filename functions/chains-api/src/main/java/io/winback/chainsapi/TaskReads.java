package io.winback.chainsapi;

import io.winback.tasks.CallTasks;
import io.winback.http.ApiReply;

import io.winback.validation.InvalidCursorException;
import io.winback.validation.Validated;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/tasks}: a store's open calls, soonest deadline first, page by page, overdue ones flagged; or its
 * closed ones with their outcomes, most recently closed first. {@code GET /v1/tasks/{taskId}}: one task.
 */
final class TaskReads {
    private final CallTasks tasks;
    private final Clock clock;

    TaskReads(CallTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    ApiReply list(Map<String, String> queryParameters) {
        TaskListQuery query;
        switch (TaskListQuery.of(queryParameters)) {
            case Validated.Invalid<TaskListQuery> invalid -> {
                return ApiReply.errors(400, invalid.errors());
            }
            case Validated.Valid<TaskListQuery> valid -> query = valid.value();
        }
        Instant now = clock.instant();
        CallTasks.TaskPage page;
        try {
            page = tasks.tasks(query.status(), query.store(), query.limit(), query.cursor());
        } catch (InvalidCursorException e) {
            return ApiReply.error(400, "cursor", e.getMessage() + "; pass the nextCursor of the previous page");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tasks", page.tasks().stream().map(task -> TaskView.of(task, now)).toList());
        body.put("nextCursor", page.nextCursor());
        return ApiReply.ok(body);
    }

    ApiReply one(String taskId) {
        return (taskId.length() > TaskEdits.MAX_TASK_ID_LENGTH ? java.util.Optional.<io.winback.tasks.CallTask>empty()
                : tasks.task(taskId))
                .map(task -> ApiReply.ok(TaskView.of(task, clock.instant())))
                .orElseGet(() -> TaskEdits.unknown(taskId));
    }
}

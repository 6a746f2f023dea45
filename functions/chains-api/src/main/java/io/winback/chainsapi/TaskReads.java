package io.winback.chainsapi;

import io.winback.access.Role;
import io.winback.http.TokenRefusal;
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

    /** @param role staff see their store's list ({@code store} left out: theirs; another: 403) */
    ApiReply list(Map<String, String> queryParameters, Role role) {
        TaskListQuery query;
        switch (TaskListQuery.of(queryParameters)) {
            case Validated.Invalid<TaskListQuery> invalid -> {
                return ApiReply.errors(400, invalid.errors());
            }
            case Validated.Valid<TaskListQuery> valid -> query = valid.value();
        }
        if (role instanceof Role.Staff staff) {
            if (query.store() != null && !role.servesStore(query.store())) {
                return TokenRefusal.forbidden(role, "see the call list of " + query.store());
            }
            query = query.ofStore(staff.storeId());
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

    /** @param role staff see their store's tasks; another store's is a 403 */
    ApiReply one(String taskId, Role role) {
        return (taskId.length() > TaskEdits.MAX_TASK_ID_LENGTH ? java.util.Optional.<io.winback.tasks.CallTask>empty()
                : tasks.task(taskId))
                .map(task -> role.servesStore(task.store()) ? ApiReply.ok(TaskView.of(task, clock.instant()))
                        : TokenRefusal.forbidden(role, "see a task of " + task.store()))
                .orElseGet(() -> TaskEdits.unknown(taskId));
    }
}

package io.winback.chainsapi;

import io.winback.tasks.CallTask;
import io.winback.validation.FieldError;
import io.winback.http.PageParameters;

import io.winback.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query of {@code GET /v1/tasks}: {@code status=open&store=<storeId>&limit=50&cursor=...}.
 * <p>
 * Tasks are indexed by status and store (byTaskQueue) and by status for all stores (byOpenTask): without
 * {@code store} a manager sees every store's list. {@code status} is {@code open} (the default: the calls to make)
 * or {@code closed} ({@code done} is the same: the calls made, with their outcomes, most recent first).
 *
 * @param status {@link CallTask#OPEN} or {@link CallTask#DONE}
 * @param store  null: all stores
 *
 * @param cursor null for the first page; an empty {@code cursor=} counts as none, which is what clients that paste
 *               an absent nextCursor send
 */
record TaskListQuery(String status, String store, int limit, String cursor) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    static Validated<TaskListQuery> of(Map<String, String> query) {
        List<FieldError> errors = new ArrayList<>();
        String asked = query.get("status");
        String status = asked == null || asked.isBlank() || CallTask.OPEN.equals(asked) ? CallTask.OPEN
                : "closed".equals(asked) || CallTask.DONE.equals(asked) ? CallTask.DONE : null;
        if (status == null) {
            errors.add(FieldError.of("status", "must be open (the calls to make) or closed (the calls made)"));
        }
        String store = query.get("store");
        if (store != null && store.isBlank()) {
            store = null;
        }
        int limit = PageParameters.limit(query, DEFAULT_LIMIT, MAX_LIMIT, errors);
        String cursor = PageParameters.cursor(query);
        return errors.isEmpty() ? new Validated.Valid<>(new TaskListQuery(status, store, limit, cursor))
                : new Validated.Invalid<>(errors);
    }

    /** This query narrowed to {@code storeId}'s list. */
    TaskListQuery ofStore(String storeId) {
        return new TaskListQuery(status, storeId, limit, cursor);
    }
}

package io.winback.chainsapi;

import io.winback.chain.CallTask;
import io.winback.http.FieldError;
import io.winback.http.PageParameters;

import io.winback.http.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query of {@code GET /v1/tasks}: {@code status=open&store=<storeId>&limit=50&cursor=...}.
 * <p>
 * Open tasks are indexed by store (byTaskQueue) and for all stores (byOpenTask): without {@code store} a manager
 * sees every store's list. {@code status} may only be {@code open}: a list of done tasks would need an index of its
 * own rather than a Scan of the whole Chains table, and is refused with a 400 that says so instead of being slow.
 *
 * @param store  null: all stores
 *
 * @param cursor null for the first page; an empty {@code cursor=} counts as none, which is what clients that paste
 *               an absent nextCursor send
 */
record TaskListQuery(String store, int limit, String cursor) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    static Validated<TaskListQuery> of(Map<String, String> query) {
        List<FieldError> errors = new ArrayList<>();
        String status = query.get("status");
        if (CallTask.DONE.equals(status)) {
            errors.add(FieldError.of("status", "only open tasks can be listed; done tasks are kept but not listed"));
        } else if (status != null && !CallTask.OPEN.equals(status)) {
            errors.add(FieldError.of("status", "must be open"));
        }
        String store = query.get("store");
        if (store != null && store.isBlank()) {
            store = null;
        }
        int limit = PageParameters.limit(query, DEFAULT_LIMIT, MAX_LIMIT, errors);
        String cursor = PageParameters.cursor(query);
        return errors.isEmpty() ? new Validated.Valid<>(new TaskListQuery(store, limit, cursor))
                : new Validated.Invalid<>(errors);
    }
}

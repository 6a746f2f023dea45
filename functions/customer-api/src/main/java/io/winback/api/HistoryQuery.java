package io.winback.api;

import io.winback.validation.FieldError;
import io.winback.http.PageParameters;

import io.winback.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query of {@code GET /v1/customers/{customerId}/sales}: page size and the previous page's {@code nextCursor}.
 *
 * @param cursor null for the first page; an empty {@code cursor=} counts as none, which is what clients that
 *               paste an absent nextCursor send
 */
record HistoryQuery(int limit, String cursor) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static Validated<HistoryQuery> of(Map<String, String> query) {
        List<FieldError> errors = new ArrayList<>();
        int limit = PageParameters.limit(query, DEFAULT_LIMIT, MAX_LIMIT, errors);
        String cursor = PageParameters.cursor(query);
        return errors.isEmpty() ? new Validated.Valid<>(new HistoryQuery(limit, cursor)) : new Validated.Invalid<>(errors);
    }
}

package io.winback.reports;

import io.winback.report.ReportQuery;

import java.util.Map;

/** A list report's {@code limit} (rows a page, default 500, at most 5,000) and opaque {@code cursor}. */
final class Paging {
    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;
    /** The CSV answer's header holding the next page's cursor (its body has room for rows only). */
    static final String NEXT_CURSOR_HEADER = "x-next-cursor";

    private Paging() {
    }

    static int limit(ReportQuery query) {
        return query.whole("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    static Map<String, String> nextCursorHeader(String nextCursor) {
        return nextCursor == null ? Map.of() : Map.of(NEXT_CURSOR_HEADER, nextCursor);
    }
}

package io.winback.http;

import io.winback.validation.FieldError;

import java.util.List;
import java.util.Map;

/** The {@code limit} and {@code cursor} query parameters of a paginated list, as every list of the APIs reads them. */
public final class PageParameters {
    private PageParameters() {
    }

    /** {@code limit}, a whole number from 1 to {@code max}; {@code fallback} when absent; a problem into {@code errors}. */
    public static int limit(Map<String, String> query, int fallback, int max, List<FieldError> errors) {
        String text = query.get("limit");
        if (text == null) {
            return fallback;
        }
        int limit = wholeNumberOrZero(text.strip());
        if (limit < 1 || limit > max) {
            errors.add(FieldError.of("limit", "must be a whole number from 1 to " + max));
        }
        return limit;
    }

    /** {@code cursor} as sent, blank counting as absent (null). */
    public static String cursor(Map<String, String> query) {
        String cursor = query.get("cursor");
        return cursor == null || cursor.isBlank() ? null : cursor;
    }

    private static int wholeNumberOrZero(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

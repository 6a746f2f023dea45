package io.winback.api;

import io.winback.json.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP answer of the customer API: a status and a JSON body. Errors share the webhook's shape. */
record ApiReply(int status, String body) {

    static ApiReply ok(Object body) {
        return new ApiReply(200, Json.write(body));
    }

    static ApiReply error(int status, String field, String message) {
        return errors(status, List.of(new ApiError(field, message)));
    }

    static ApiReply errors(int status, List<ApiError> errors) {
        List<Map<String, String>> list = errors.stream().map(e -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("field", e.field());
            entry.put("message", e.message());
            return entry;
        }).toList();
        return new ApiReply(status, Json.write(Map.of("errors", list)));
    }

    record ApiError(String field, String message) {
    }
}

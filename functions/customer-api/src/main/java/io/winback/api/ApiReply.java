package io.winback.api;

import io.winback.http.FieldError;
import io.winback.http.HttpMessages;
import io.winback.json.Json;

import java.util.List;

/** An HTTP answer of the customer API: a status and a JSON body. Errors share the webhook's shape. */
record ApiReply(int status, String body) {

    static ApiReply ok(Object body) {
        return new ApiReply(200, Json.write(body));
    }

    static ApiReply error(int status, String field, String message) {
        return errors(status, List.of(FieldError.of(field, message)));
    }

    static ApiReply errors(int status, List<FieldError> errors) {
        return new ApiReply(status, HttpMessages.errorsBody(errors));
    }
}

package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.http.FieldError;
import io.winback.http.HttpMessages;
import io.winback.json.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An answer of the chains API: status, JSON body and any extra headers. Errors share every Winback API's shape. */
record ApiReply(int status, String body, Map<String, String> headers) {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    ApiReply {
        headers = Map.copyOf(headers);
    }

    static ApiReply ok(Object body) {
        return new ApiReply(200, Json.write(body), Map.of());
    }

    static ApiReply error(int status, String field, String message) {
        return errors(status, List.of(FieldError.of(field, message)));
    }

    static ApiReply errors(int status, List<FieldError> errors) {
        return new ApiReply(status, HttpMessages.errorsBody(errors), Map.of());
    }

    ApiReply withHeaders(Map<String, String> extra) {
        Map<String, String> all = new HashMap<>(headers);
        all.putAll(extra);
        return new ApiReply(status, body, all);
    }

    APIGatewayV2HTTPResponse toHttpResponse() {
        Map<String, String> all = new HashMap<>(headers);
        all.put("content-type", CONTENT_TYPE);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(all).withBody(body).build();
    }
}

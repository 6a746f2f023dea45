package io.winback.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;

import java.util.ArrayList;
import java.util.List;

/** An API function's answer read back in a test: its JSON, and the errors of an error answer. */
public final class ApiAnswers {
    private ApiAnswers() {
    }

    public static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return Json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    /** Each error of an error answer as "field: message". */
    public static List<String> errors(APIGatewayV2HTTPResponse response) {
        List<String> errors = new ArrayList<>();
        json(response).get("errors").forEach(e -> errors.add(e.get("field").asText() + ": " + e.get("message").asText()));
        return errors;
    }
}

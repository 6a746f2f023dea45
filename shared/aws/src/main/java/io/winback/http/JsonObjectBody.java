package io.winback.http;

import io.winback.validation.FieldError;
import io.winback.validation.Validated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request body that must be one JSON object of known fields. An unknown field is refused rather than ignored: a
 * misspelt name must not pass for "not sent". Reading it gives the object and the refusals of unknown fields, so the
 * caller adds its own field checks and answers every problem at once.
 */
public final class JsonObjectBody {
    private JsonObjectBody() {
    }

    /** The object, and one error per field not in {@code known}. */
    public record Read(JsonNode root, List<FieldError> unknownFields) {
    }

    /**
     * @param example what a valid body looks like, for the message when the body is empty or not an object
     * @param what    what the object is, for the unknown-field message, e.g. "a consent field"
     */
    public static Validated<Read> read(String body, String example, Set<String> known, String what) {
        String expected = "must be a JSON object such as " + example;
        if (body == null || body.isBlank()) {
            return Validated.invalid("body", expected);
        }
        JsonNode root;
        try {
            root = Json.readTree(body);
        } catch (JsonProcessingException e) {
            return Validated.invalid("body", "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return Validated.invalid("body", expected);
        }
        List<FieldError> unknown = new ArrayList<>();
        root.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                unknown.add(FieldError.of(field, "is not " + what + "; known: " + String.join(", ", known)));
            }
        });
        return new Validated.Valid<>(new Read(root, unknown));
    }
}

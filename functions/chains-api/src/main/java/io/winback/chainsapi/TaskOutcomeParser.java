package io.winback.chainsapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.CallOutcome;
import io.winback.http.FieldError;
import io.winback.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code {"outcome": "reached", "comment": "..."}} into a {@link TaskOutcome} or into every mistake in it at
 * once. An unknown field is refused rather than ignored: a misspelt {@code "coment"} must not lose what staff wrote.
 */
final class TaskOutcomeParser {
    static final int MAX_COMMENT_LENGTH = 1000;
    private static final Set<String> FIELDS = new TreeSet<>(List.of("outcome", "comment"));

    private TaskOutcomeParser() {
    }

    static Validated<TaskOutcome> parse(String body) {
        String expected = "must be a JSON object such as {\"outcome\":\"reached\",\"comment\":\"will come Saturday\"}";
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
        List<FieldError> errors = new ArrayList<>();
        root.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                errors.add(FieldError.of(field, "is not a field of a call's outcome; known: " + String.join(", ", FIELDS)));
            }
        });
        JsonNode outcomeNode = root.get("outcome");
        Optional<CallOutcome> outcome = outcomeNode != null && outcomeNode.isTextual()
                ? CallOutcome.fromWireName(outcomeNode.asText()) : Optional.empty();
        if (outcome.isEmpty()) {
            errors.add(FieldError.of("outcome", (outcomeNode == null || outcomeNode.isNull() ? "is required; " : "")
                    + "must be one of " + String.join(", ", CallOutcome.wireNames())));
        }
        String comment = null;
        JsonNode commentNode = root.get("comment");
        if (commentNode != null && !commentNode.isNull()) {
            if (!commentNode.isTextual()) {
                errors.add(FieldError.of("comment", "must be text"));
            } else if (commentNode.asText().codePointCount(0, commentNode.asText().length()) > MAX_COMMENT_LENGTH) {
                errors.add(FieldError.of("comment", "may be at most " + MAX_COMMENT_LENGTH + " characters"));
            } else if (!commentNode.asText().isBlank()) {
                comment = commentNode.asText();
            }
        }
        return errors.isEmpty() ? new Validated.Valid<>(new TaskOutcome(outcome.orElseThrow(), comment))
                : new Validated.Invalid<>(errors);
    }
}

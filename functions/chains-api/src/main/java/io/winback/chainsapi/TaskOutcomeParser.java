package io.winback.chainsapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.tasks.CallOutcome;
import io.winback.validation.FieldError;
import io.winback.http.JsonObjectBody;
import io.winback.validation.Validated;

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
    private static final String EXAMPLE = "{\"outcome\":\"reached\",\"comment\":\"will come Saturday\"}";
    private static final Set<String> FIELDS = new TreeSet<>(List.of("outcome", "comment"));

    private TaskOutcomeParser() {
    }

    static Validated<TaskOutcome> parse(String body) {
        JsonNode root;
        List<FieldError> errors;
        switch (JsonObjectBody.read(body, EXAMPLE, FIELDS, "a field of a call's outcome")) {
            case Validated.Invalid<JsonObjectBody.Read> invalid -> {
                return new Validated.Invalid<>(invalid.errors());
            }
            case Validated.Valid<JsonObjectBody.Read> valid -> {
                root = valid.value().root();
                errors = new ArrayList<>(valid.value().unknownFields());
            }
        }
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

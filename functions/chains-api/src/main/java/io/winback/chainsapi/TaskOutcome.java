package io.winback.chainsapi;

import io.winback.tasks.CallOutcome;
import io.winback.tasks.CallTask;

import java.util.Objects;

/**
 * A validated {@code PATCH /v1/tasks/{taskId}}: how the call went and, if staff wrote one, their comment.
 *
 * @param comment null when none was sent (or only blanks)
 */
record TaskOutcome(CallOutcome outcome, String comment) {

    /** Whether {@code closed} was closed with exactly this: then this request is a repeat, answered as a success. */
    boolean sameAsRecordedOn(CallTask closed) {
        return outcome.wireName().equals(closed.outcome()) && Objects.equals(comment, closed.comment());
    }
}

package io.winback.tasks;

/** A step that asks staff to phone the customer within {@code deadlineDays}. */
public record CallTaskRule(int deadlineDays) {
}

package io.winback.console;

/** A call closed today: who, how it went (in the page's words), the comment, when, at which store. */
public record ClosedRow(String name, String outcome, String comment, String doneAt, String store) {
}

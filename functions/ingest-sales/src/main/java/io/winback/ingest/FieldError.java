package io.winback.ingest;

/** One reason a request was refused: which sale (by position), which field (a JSON path), and why. */
public record FieldError(Integer index, String field, String message) {
}

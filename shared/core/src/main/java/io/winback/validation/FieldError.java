package io.winback.validation;

/**
 * One reason a request was refused: which item of a batch (by position, or null), which field (a JSON path such as
 * {@code lines[1].price}), and why. Every Winback API answers errors as {@code {"errors":[...]}} of these.
 */
public record FieldError(Integer index, String field, String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }
}

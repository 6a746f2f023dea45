package io.winback.validation;

import java.util.List;

/** A request part read whole: either its value, or every reason it was refused, so the caller can fix them at once. */
public sealed interface Validated<T> {
    record Valid<T>(T value) implements Validated<T> {
    }

    record Invalid<T>(List<FieldError> errors) implements Validated<T> {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    static <T> Validated<T> invalid(String field, String message) {
        return new Invalid<>(List.of(FieldError.of(field, message)));
    }
}

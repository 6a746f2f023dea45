package io.winback.profile;

/** What a PATCH does to one field: leaves it, sets it, or clears it (JSON {@code null}). */
public sealed interface FieldEdit<T> {
    record Keep<T>() implements FieldEdit<T> {
    }

    record SetTo<T>(T value) implements FieldEdit<T> {
    }

    record Clear<T>() implements FieldEdit<T> {
    }

    static <T> FieldEdit<T> keep() {
        return new Keep<>();
    }

    static <T> FieldEdit<T> setTo(T value) {
        return new SetTo<>(value);
    }

    static <T> FieldEdit<T> clear() {
        return new Clear<>();
    }
}

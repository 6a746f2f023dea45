package io.winback.validation;

/**
 * A paging cursor the store did not hand out, or handed out for another list (another customer's history, another
 * store's tasks): bad input, which an API answers with 400 on the {@code cursor} field. One class for every paged
 * port, so that each API catches the same thing.
 */
public final class InvalidCursorException extends RuntimeException {
    public InvalidCursorException(String message) {
        super(message);
    }
}

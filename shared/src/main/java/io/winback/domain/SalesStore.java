package io.winback.domain;

import java.time.Instant;
import java.util.List;

/** Where receipts are kept. Recording is idempotent by sale id. */
public interface SalesStore {

    enum Outcome {
        /** New sale id: stored, and its stats update will follow. */
        ACCEPTED,
        /** Seen before with the same content: nothing changed. */
        DUPLICATE,
        /** Seen before with different content: the stored sale stands, this one is not applied. */
        CONFLICT
    }

    Outcome record(Sale sale, Instant receivedAt);

    /** The stored sale with this id, if any. */
    java.util.Optional<Sale> find(String saleId);

    /** A customer's receipts newest first; {@code cursor} is the previous page's {@code nextCursor} or null. */
    Page historyOf(String customerKey, int limit, String cursor);

    record Page(List<Sale> sales, String nextCursor) {
    }

    /** A cursor that this store did not hand out. */
    final class InvalidCursorException extends RuntimeException {
        public InvalidCursorException(String message) {
            super(message);
        }
    }
}

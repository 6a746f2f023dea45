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
        CONFLICT,
        /**
         * Not stored: its customer was erased after it was made (decided from the tombstones before the store is
         * asked; see {@link io.winback.erasure.ErasedCustomers}).
         */
        ERASED
    }

    Outcome record(Sale sale, Instant receivedAt);

    /**
     * What is stored under each of {@code saleIds} that is stored, read consistently: for checking returns against
     * their originals, and for telling a retried return from a new one.
     */
    java.util.Map<String, RefundableSale> refundables(java.util.Collection<String> saleIds);

    /**
     * Stores a return of {@code original} together with the original's refunded total moving from {@code before} to
     * {@code after}, both or neither: two returns of one sale stored at once cannot together refund more than it
     * came to. {@link ReturnWrite.OriginalMoved} when the original's refunded total is no longer {@code before}
     * (another return came first): nothing stored, judge again on a fresh read.
     */
    ReturnWrite recordReturn(Sale ret, Instant receivedAt, ReturnCheck.Verdict.Against against);

    sealed interface ReturnWrite {
        record Stored(Outcome outcome) implements ReturnWrite {
        }

        record OriginalMoved() implements ReturnWrite {
        }
    }

    /** The stored sale with this id, if any. */
    java.util.Optional<Sale> find(String saleId);

    /**
     * A customer's receipts newest first; {@code cursor} is the previous page's {@code nextCursor} or null.
     *
     * @throws io.winback.validation.InvalidCursorException when {@code cursor} was not handed out for this history
     */
    Page historyOf(String customerKey, int limit, String cursor);

    record Page(List<Sale> sales, String nextCursor) {
    }

    /** Every receipt of the customer, newest first, read page by page. */
    default List<Sale> allOf(String customerKey) {
        List<Sale> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Page page = historyOf(customerKey, 200, cursor);
            all.addAll(page.sales());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    /**
     * Puts {@code customer} on the stored receipt in place of the one it carried (and files the receipt under that
     * customer's key); the rest of the receipt, its content fingerprint included, stays as it was, so the same receipt
     * sent again is still a duplicate. Nothing is written when no receipt has this id.
     */
    void replaceCustomer(String saleId, SaleCustomer customer);
}

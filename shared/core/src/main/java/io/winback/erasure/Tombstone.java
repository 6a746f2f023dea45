package io.winback.erasure;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is left of an erased customer: the pseudonym of their key, when they were erased, and nothing that names
 * them. It keeps a re-sent old receipt or an import from bringing them back ({@link #keepsOut}), holds what the shop's
 * books need of the card (the first purchase, so a period's count of new customers does not change) and the progress
 * of the erasure, so an interrupted one resumes where it stopped.
 *
 * @param erasedAs        the pseudonym ({@link CustomerKeyHash}); also the key their kept receipts carry now
 * @param erasedAt        the erasure's moment: receipts made until then belong to the erased person
 * @param firstPurchaseAt the erased card's first purchase, or null
 * @param erased          by eraser name, how many records each erased or anonymised; an eraser listed is done
 * @param finished        every eraser done
 */
public record Tombstone(String erasedAs, Instant erasedAt, Instant firstPurchaseAt, Map<String, Integer> erased,
                        boolean finished) {

    public Tombstone {
        erased = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(erased));
    }

    /** The tombstone an erasure starts by writing, before anything is erased. */
    public static Tombstone begin(String erasedAs, Instant erasedAt, Instant firstPurchaseAt) {
        return new Tombstone(erasedAs, erasedAt, firstPurchaseAt, Map.of(), false);
    }

    /**
     * A key erased before and bought again after: the new customer is erased in turn, from {@code at}. The earlier
     * first purchase stays if it was earlier (the pseudonym carries both people's receipts).
     */
    public Tombstone erasedAgain(Instant at, Instant newFirstPurchaseAt) {
        Instant first = firstPurchaseAt == null ? newFirstPurchaseAt
                : newFirstPurchaseAt == null || firstPurchaseAt.isBefore(newFirstPurchaseAt) ? firstPurchaseAt
                : newFirstPurchaseAt;
        return new Tombstone(erasedAs, at, first, Map.of(), false);
    }

    /**
     * Whether a receipt made at {@code occurredAt} belongs to the erased person and must not be stored or applied:
     * one made until the erasure did. A purchase made after it is a new customer's.
     */
    public boolean keepsOut(Instant occurredAt) {
        return !occurredAt.isAfter(erasedAt);
    }

    public boolean isDone(String eraser) {
        return erased.containsKey(eraser);
    }

    public Tombstone withErased(String eraser, int count) {
        Map<String, Integer> next = new LinkedHashMap<>(erased);
        next.put(eraser, count);
        return new Tombstone(erasedAs, erasedAt, firstPurchaseAt, next, false);
    }

    public Tombstone asFinished() {
        return new Tombstone(erasedAs, erasedAt, firstPurchaseAt, erased, true);
    }
}

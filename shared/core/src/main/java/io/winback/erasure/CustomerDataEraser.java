package io.winback.erasure;

/**
 * Erases what one store holds about one customer, keeping what {@link WhatErasureKeeps} keeps. Each store of
 * per-customer data has its eraser; {@link CustomerErasure} runs them in turn. A new store adds its own.
 */
public interface CustomerDataEraser {

    /** The name the audit and the tombstone count it under, e.g. {@code sales}; stable, since a resumed erasure
     * skips the erasers its tombstone lists as done. */
    String name();

    /**
     * Erases (or anonymises) what this store holds about {@code erasure.customerKey()} and returns how many records
     * it changed. Idempotent: run again after an interruption, it finishes the job and changes nothing done.
     */
    int erase(Erasure erasure);

    /**
     * One customer's erasure.
     *
     * @param customerKey the key erased
     * @param erasedAs    the pseudonym what is kept moves to
     */
    record Erasure(String customerKey, String erasedAs, java.time.Instant erasedAt) {
    }
}

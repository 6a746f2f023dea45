package io.winback.bonus;

/**
 * Where each customer's bonuses are kept: the grants and the redemptions. Today they live on the customer's card
 * ({@link BonusesOnTheCard}); a store that keeps them apart implements this too, and export and erasure follow.
 */
public interface BonusAccounts {

    /** Every grant and redemption of the customer; {@link BonusLedger#EMPTY} when there are none (or no customer). */
    BonusLedger ledgerOf(String customerKey);

    /** Removes every grant and redemption of the customer; returns how many there were. Idempotent. */
    int eraseAll(String customerKey);
}

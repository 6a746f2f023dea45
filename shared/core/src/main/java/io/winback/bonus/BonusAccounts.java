package io.winback.bonus;

/**
 * Where each customer's bonuses are kept: the grants in play and the totals on the customer's card (applied with
 * each sale, exactly once), and every grant and redemption ever in the history ({@link BonusHistory}). Export and
 * erasure go through this one port, so they follow wherever the bonuses live.
 */
public interface BonusAccounts {

    /** The card's ledger and the customer's whole history; empty ones when there is no such customer. */
    Account of(String customerKey);

    /** Removes every grant and redemption of the customer, on the card and in the history; how many. Idempotent. */
    int eraseAll(String customerKey);

    record Account(BonusLedger ledger, BonusHistory.Entries history) {
    }
}

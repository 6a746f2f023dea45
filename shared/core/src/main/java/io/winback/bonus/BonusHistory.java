package io.winback.bonus;

import java.util.Collection;
import java.util.List;

/**
 * Every grant and every redemption of a customer, kept forever: the full list behind {@link BonusLedger}'s totals,
 * for {@code GET /v1/customers/{id}/bonuses}. A chain step's grant is read from the step's stored touch, which records
 * it (the chain worker writes nothing more for it); {@link #recordGrant} keeps a grant as a record of its own, and a
 * redemption is always one. Writing the same grant or redemption again (a retry) keeps one, the last written.
 */
public interface BonusHistory {

    void recordGrant(String customerKey, BonusGrant grant);

    void recordRedemptions(String customerKey, Collection<BonusRedemption> redemptions);

    Entries of(String customerKey);

    /** Deletes every grant and redemption item of the customer; how many there were. Idempotent. */
    int eraseAll(String customerKey);

    /** A customer's grants, oldest first, and redemptions, in order of sale time. */
    record Entries(List<BonusGrant> grants, List<BonusRedemption> redemptions) {
        public Entries {
            grants = List.copyOf(grants);
            redemptions = List.copyOf(redemptions);
        }
    }
}

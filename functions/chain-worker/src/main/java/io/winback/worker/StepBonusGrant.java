package io.winback.worker;

import io.winback.bonus.BonusGrant;
import io.winback.chain.Chain;
import io.winback.chain.StepPlanner;
import io.winback.chain.Touch;
import io.winback.chain.TouchGrant;

import java.util.Optional;

/**
 * A step's bonus: held to the cap in force as its touch is claimed (so the message names what will be granted), and
 * granted under the touch's id once the touch is final, after the send, and again on a retry that finds the touch
 * done, so a crash between the two cannot lose it and a repeat cannot double it; never above {@code MaxBonus}.
 */
final class StepBonusGrant {
    private final BonusCapNow bonusCap;
    private final CustomerUpdates customerUpdates;

    StepBonusGrant(BonusCapNow bonusCap, CustomerUpdates customerUpdates) {
        this.bonusCap = bonusCap;
        this.customerUpdates = customerUpdates;
    }

    /** The touch about to be claimed, its bonus (if it carries one) at most the cap of the moment. */
    Touch capped(Touch touch) {
        if (touch.bonusAmount() == null) {
            return touch;
        }
        return touch.withBonusAmount(bonusCap.grantable(touch.bonusAmount(), touch.customerKey(), touch.id()));
    }

    /** Puts {@code grant} on the customer's ledger, once however often it is called (its touch is its history). */
    void grant(String customerKey, BonusGrant grant) {
        customerUpdates.grant(customerKey, grant);
    }

    /** The bonus the final {@code touch} of {@code chain} owes the customer, under the touch's id; empty when none. */
    Optional<BonusGrant> owed(Chain chain, Touch touch) {
        return StepPlanner.bonusOwed(chain.step(touch.step()), touch)
                .map(amount -> TouchGrant.of(touch, chain.id(), bonusCap.atMostMaxBonus(amount)));
    }
}

package io.winback.worker;

import io.winback.bonus.BonusGrant;
import io.winback.chain.Chain;
import io.winback.chain.StepPlanner;
import io.winback.chain.Touch;

import java.math.BigDecimal;
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

    /** Grants the bonus the final {@code touch} of {@code chain} owes the customer, if it owes one. */
    void grantIfOwed(String customerKey, Chain chain, Touch touch) {
        Optional<BigDecimal> owed = StepPlanner.bonusOwed(chain.step(touch.step()), touch);
        if (owed.isEmpty()) {
            return;
        }
        BonusGrant grant = new BonusGrant(touch.id(), bonusCap.atMostMaxBonus(owed.get()), touch.at(),
                touch.bonusUntil(), chain.id() + " step " + (touch.step() + 1));
        customerUpdates.grant(customerKey, grant);
    }
}

package io.winback.chain;

import io.winback.bonus.BonusGrant;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bonus a chain step's touch gives, as a grant under the touch's id: the worker puts it on the customer's ledger
 * once the touch is final, and the customer's bonus history reads it back from the stored touch itself (no item of
 * its own), so both name it alike.
 */
public final class TouchGrant {

    private TouchGrant() {
    }

    /** The grant of {@code amount} the final {@code touch} of chain {@code chainId} gives. */
    public static BonusGrant of(Touch touch, String chainId, BigDecimal amount) {
        return new BonusGrant(touch.id(), amount, touch.at(), touch.bonusUntil(),
                chainId + " step " + (touch.step() + 1));
    }

    /**
     * The grant a stored touch records: one taken to a state that owes its bonus ({@link StepPlanner#bonusOwed}) and
     * carrying the amount held to the cap as it was claimed; empty for any other (a touch of a step without a bonus,
     * one skipped, failed, held out or not final yet, or one stored before touches kept their amount).
     */
    public static Optional<BonusGrant> recorded(Touch touch, String chainId) {
        if (touch.bonusAmount() == null || touch.bonusUntil() == null || !StepPlanner.owesBonus(touch.status())) {
            return Optional.empty();
        }
        return Optional.of(of(touch, chainId, touch.bonusAmount()));
    }
}

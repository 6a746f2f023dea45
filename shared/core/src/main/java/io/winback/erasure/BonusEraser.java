package io.winback.erasure;

import io.winback.bonus.BonusAccounts;

/** Every bonus grant and redemption of the customer, through the bonus store, whatever keeps them. */
public final class BonusEraser implements CustomerDataEraser {
    private final BonusAccounts bonuses;

    public BonusEraser(BonusAccounts bonuses) {
        this.bonuses = bonuses;
    }

    @Override
    public String name() {
        return "bonuses";
    }

    @Override
    public int erase(Erasure erasure) {
        return bonuses.eraseAll(erasure.customerKey());
    }
}

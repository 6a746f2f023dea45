package io.winback.json.chain;

import io.winback.json.Fields;
import io.winback.chain.BonusCap;
import io.winback.chain.BonusOffer;
import io.winback.chain.BudgetCap;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Refuses a bonus the request sets above the cap ({@link BonusCap}: {@code MaxBonus}, and average check × margin ×
 * share), with the numbers, where the average check came from and what to change. A bonus "set" by the request is one
 * whose amount differs from the amount at the same chain id and step in the configuration in force, or that is new
 * there; one sent back unchanged passes, whatever the cap says now (the shop's average check may have fallen since
 * it was stored), and is granted capped. The shop's figures are read once, and only when a changed bonus needs them.
 */
final class BonusCapCheck {
    private final BudgetCap budget;
    private final BonusLimits limits;
    private final Fields fields;
    private BonusCap cap;

    /** {@code budget} null (it had mistakes of its own) checks {@code MaxBonus} alone rather than a wrong cap. */
    BonusCapCheck(BudgetCap budget, BonusLimits limits, Fields fields) {
        this.budget = budget;
        this.limits = limits;
        this.fields = fields;
    }

    void check(String chainId, int step, BigDecimal amount, String path) {
        if (limits.maxBonus() == null || !changes(chainId, step, amount)) {
            return;
        }
        cap().reasonAbove(amount).ifPresent(reason -> fields.error(path, reason));
    }

    /** Whether the request sets this amount, rather than sending back the one in force at that chain and step. */
    private boolean changes(String chainId, int step, BigDecimal amount) {
        if (limits.current() == null || chainId == null) {
            return true;
        }
        Optional<BonusOffer> inForce = limits.current().chain(chainId)
                .filter(chain -> step < chain.steps().size())
                .map(chain -> chain.step(step).bonus());
        return inForce.map(bonus -> bonus.amount().compareTo(amount) != 0).orElse(true);
    }

    private BonusCap cap() {
        if (cap == null) {
            cap = budget == null ? BonusCap.maxBonusOnly(limits.maxBonus())
                    : BonusCap.of(budget, limits.shop().averageCheck(), limits.maxBonus());
        }
        return cap;
    }
}

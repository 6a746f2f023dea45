package io.winback.chain.json;

import io.winback.chain.BudgetCap;
import io.winback.chain.ShopFigures;

import java.math.BigDecimal;

/**
 * Refuses a bonus above the budget cap, with the numbers that make the cap in the message. The average check is the
 * configured one, else the shop's real one, read only when a bonus needs checking; when neither is known (no check
 * configured, no sale yet) there is nothing to compute a cap from, and no bonus is refused for it.
 */
final class BonusCapCheck {
    private final BudgetCap budget;
    private final ShopFigures figures;
    private final Fields fields;
    private boolean resolved;
    private BigDecimal averageCheck;

    /** {@code budget} null (it had mistakes of its own) checks nothing rather than against a wrong cap. */
    BonusCapCheck(BudgetCap budget, ShopFigures figures, Fields fields) {
        this.budget = budget;
        this.figures = figures;
        this.fields = fields;
    }

    void check(BigDecimal amount, String path) {
        if (budget == null || averageCheck() == null) {
            return;
        }
        BigDecimal cap = budget.cap(averageCheck);
        if (amount.compareTo(cap) > 0) {
            fields.error(path, amount.toPlainString() + " is above the bonus cap " + cap.toPlainString()
                    + " = average check " + twoDecimals(averageCheck) + " × margin " + twoDecimals(budget.margin())
                    + " × share " + twoDecimals(budget.share()));
        }
    }

    private BigDecimal averageCheck() {
        if (!resolved) {
            averageCheck = budget.averageCheck() != null ? budget.averageCheck()
                    : figures.averageCheck().orElse(null);
            resolved = true;
        }
        return averageCheck;
    }

    private static String twoDecimals(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }
}

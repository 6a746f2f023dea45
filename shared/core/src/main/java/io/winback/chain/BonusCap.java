package io.winback.chain;

import io.winback.money.Money;
import io.winback.shop.ShopAverageCheck;
import io.winback.shop.AverageCheckInForce;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The most a single bonus may be: the lesser of the deployment's {@code MaxBonus} (a stack parameter no API call
 * changes) and average check × margin × share (900 × 40 % × 50 % = 180), the average check being the one
 * {@link AverageCheckInForce} says. With no average check at all, {@code MaxBonus} alone.
 *
 * @param amount   the cap
 * @param maxBonus the deployment's ceiling
 * @param budget   margin and share (and the configured check) it was computed with
 * @param check    the average check in force
 * @param checkCap average check × margin × share, 2 decimals; null when no check is known
 */
public record BonusCap(BigDecimal amount, BigDecimal maxBonus, BudgetCap budget, AverageCheckInForce check,
                       BigDecimal checkCap) {

    public static BonusCap of(BudgetCap budget, Optional<ShopAverageCheck> shop, BigDecimal maxBonus) {
        AverageCheckInForce check = AverageCheckInForce.of(budget.averageCheck(), shop);
        BigDecimal checkCap = check.amount() == null ? null
                : Money.rounded(check.amount().multiply(budget.margin()).multiply(budget.share())).amount();
        BigDecimal amount = checkCap == null ? maxBonus : checkCap.min(maxBonus);
        return new BonusCap(amount, maxBonus, budget, check, checkCap);
    }

    /** {@code MaxBonus} alone: for a document whose budget has mistakes of its own, checked against nothing else. */
    public static BonusCap maxBonusOnly(BigDecimal maxBonus) {
        return new BonusCap(maxBonus, maxBonus, null, new AverageCheckInForce(null, AverageCheckInForce.Source.NONE, 0),
                null);
    }

    /** What a bonus of {@code wanted} comes to under the cap. */
    public BigDecimal limit(BigDecimal wanted) {
        return wanted.compareTo(amount) > 0 ? amount : wanted;
    }

    public boolean isAbove(BigDecimal wanted) {
        return wanted.compareTo(amount) > 0;
    }

    /**
     * Why {@code wanted} is above the cap, with the numbers, where the average check came from and what to change;
     * empty when it is not above.
     */
    public Optional<String> reasonAbove(BigDecimal wanted) {
        if (!isAbove(wanted)) {
            return Optional.empty();
        }
        String what = plain(wanted);
        if (checkCap == null || wanted.compareTo(maxBonus) > 0 && maxBonus.compareTo(checkCap) <= 0) {
            return Optional.of(what + " is above MaxBonus " + plain(maxBonus) + ", the most any bonus may be in this"
                    + " deployment whatever the average check; lower the amount to " + plain(maxBonus)
                    + " or less (MaxBonus is a parameter of the stack, MAX_BONUS for ./winback local: no API call"
                    + " changes it)");
        }
        return Optional.of(what + " is above the bonus cap " + plain(checkCap) + " = average check "
                + twoDecimals(check.amount()) + " × margin " + twoDecimals(budget.margin()) + " × share "
                + twoDecimals(budget.share()) + "; the average check is " + check.origin() + "; lower the amount to "
                + plain(checkCap) + " or less, or change " + check.fieldsToChange());
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** The check, and the margin and share alike, as the API shows amounts: at least two decimals, never rounded. */
    static String twoDecimals(BigDecimal value) {
        return Money.asKept(value).toPlainString();
    }
}

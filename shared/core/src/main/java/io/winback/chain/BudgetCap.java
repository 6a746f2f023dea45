package io.winback.chain;

import java.math.BigDecimal;

/**
 * What a marketer sets of the bonus cap: margin, the share of it the shop gives away, and an average check to use
 * while the shop has too few purchases of its own ({@code averageCheck} null: none). The cap itself is
 * {@link BonusCap}: it adds the shop's real average check and the deployment's {@code MaxBonus}.
 */
public record BudgetCap(BigDecimal averageCheck, BigDecimal margin, BigDecimal share) {
    public static final BudgetCap DEFAULT = new BudgetCap(null, new BigDecimal("0.40"), new BigDecimal("0.50"));
}

package io.winback.chain;

import java.math.BigDecimal;

/** A bonus a step grants: this many roubles (or the shop's currency), spendable for {@code validDays} days. */
public record BonusOffer(BigDecimal amount, int validDays) {
}

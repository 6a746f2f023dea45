package io.winback.json.chain;

import io.winback.chain.ChainConfiguration;
import io.winback.shop.AverageCheckReader;

import java.math.BigDecimal;

/**
 * What the bonuses of a {@code PUT /v1/chains} are checked against: the deployment's {@code MaxBonus}, the shop's
 * real average check, and the configuration in force, which tells a bonus the request changes (checked) from one it
 * leaves as it was (never refused for a cap that moved since it was stored: the worker grants it capped instead).
 *
 * @param current  the configuration the request replaces; null: every bonus counts as changed
 * @param maxBonus null checks nothing: reading back stored versions, which were checked when stored
 */
public record BonusLimits(ChainConfiguration current, AverageCheckReader shop, BigDecimal maxBonus) {
    public static final BonusLimits NONE = new BonusLimits(null, AverageCheckReader.NONE, null);
}

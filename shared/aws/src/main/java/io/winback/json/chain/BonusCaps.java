package io.winback.json.chain;

import io.winback.chain.BonusCap;
import io.winback.chain.ChainConfiguration;
import io.winback.shop.AverageCheckReader;

import java.math.BigDecimal;

/**
 * The shop's figures and the deployment's {@code MaxBonus}: what the cap of a configuration is computed from. One
 * for the chains API and the console, so a bonus set on a page is held to the cap a request would be.
 */
public record BonusCaps(AverageCheckReader shop, BigDecimal maxBonus) {

    /** The cap in force under {@code configuration}'s budget, for a GET or the answer to a PUT. */
    public BonusCap of(ChainConfiguration configuration) {
        return BonusCap.of(configuration.budget(), shop.averageCheck(), maxBonus);
    }

    /** What a PUT replacing {@code current} is checked against. */
    public BonusLimits over(ChainConfiguration current) {
        return new BonusLimits(current, shop, maxBonus);
    }
}

package io.winback.chainsapi;

import io.winback.chain.BonusCap;
import io.winback.chain.ChainConfiguration;
import io.winback.shop.AverageCheckReader;
import io.winback.json.chain.BonusLimits;

import java.math.BigDecimal;

/** The shop's figures and the deployment's {@code MaxBonus}: what the cap of a configuration is computed from. */
record BonusCaps(AverageCheckReader shop, BigDecimal maxBonus) {

    /** The cap in force under {@code configuration}'s budget, for a GET or the answer to a PUT. */
    BonusCap of(ChainConfiguration configuration) {
        return BonusCap.of(configuration.budget(), shop.averageCheck(), maxBonus);
    }

    /** What a PUT replacing {@code current} is checked against. */
    BonusLimits over(ChainConfiguration current) {
        return new BonusLimits(current, shop, maxBonus);
    }
}

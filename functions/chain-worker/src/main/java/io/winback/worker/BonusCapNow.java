package io.winback.worker;

import io.winback.chain.Trigger;
import io.winback.shop.AverageCheckInForce;
import io.winback.chain.BonusCap;
import io.winback.chain.BudgetCap;
import io.winback.chain.ChainConfigurationStore;
import io.winback.shop.AverageCheckReader;
import io.winback.chain.StartFigures;
import io.winback.log.JsonLog;

import java.math.BigDecimal;

/**
 * The bonus cap in force when a step is taken: the current configuration's budget, the shop's average check of the
 * moment and the deployment's {@code MaxBonus}, as {@code GET /v1/chains} shows it. A bonus stored when the cap was
 * higher is granted (and named in the message) at the cap, and the chain goes on; nothing is granted above
 * {@code MaxBonus}, whatever a stored configuration says. The shop's figures are read only for a step with a bonus.
 */
final class BonusCapNow {
    private static final JsonLog LOG = JsonLog.forClass(BonusCapNow.class);
    private final ChainConfigurationStore configurations;
    private final AverageCheckReader shop;
    private final BigDecimal maxBonus;

    BonusCapNow(ChainConfigurationStore configurations, AverageCheckReader shop, BigDecimal maxBonus) {
        this.configurations = configurations;
        this.shop = shop;
        this.maxBonus = maxBonus;
    }

    /** What a step's bonus of {@code wanted} comes to now; logged when the cap holds it down. */
    BigDecimal grantable(BigDecimal wanted, String customerKey, String touchId) {
        BonusCap cap = BonusCap.of(configurations.current().budget(), shop.averageCheck(), maxBonus);
        BigDecimal granted = cap.limit(wanted);
        if (granted.compareTo(wanted) < 0) {
            LOG.info("bonus_capped", "customer", JsonLog.mask(customerKey), "touch", Trigger.Occasion.outward(touchId),
                    "configured", wanted.toPlainString(), "granted", granted.toPlainString(),
                    "averageCheckSource", cap.check().source().wireName());
        }
        return granted;
    }

    /** The last guard before a grant is written: never above {@code MaxBonus}. */
    BigDecimal atMostMaxBonus(BigDecimal amount) {
        return amount.min(maxBonus);
    }

    /** What a customer won back is worth now, under {@code margin}: recorded on an episode as it starts. */
    StartFigures figuresAtStart(BudgetCap budget) {
        return new StartFigures(AverageCheckInForce.forValuing(budget.averageCheck(), shop.averageCheck()),
                budget.margin());
    }
}

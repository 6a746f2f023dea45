package io.winback.reports;

import io.winback.shop.AverageCheckInForce;
import io.winback.chain.BudgetCap;
import io.winback.chain.ChainConfigurationStore;
import io.winback.shop.AverageCheckReader;
import io.winback.report.reactivation.Economics;
import io.winback.report.reactivation.MessagePrices;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The margin and average check the budget cap uses (the configured check, else the shop's real one) and the message
 * prices: what turns incremental customers into money, for the campaign report and the dashboard alike.
 */
final class CampaignEconomics implements Supplier<Economics> {
    private final ChainConfigurationStore configurations;
    private final AverageCheckReader shop;
    private final MessagePrices prices;

    CampaignEconomics(ChainConfigurationStore configurations, AverageCheckReader shop, MessagePrices prices) {
        this.configurations = configurations;
        this.shop = shop;
        this.prices = prices;
    }

    @Override
    public Economics get() {
        BudgetCap budget = configurations.current().budget();
        BigDecimal check = AverageCheckInForce.forValuing(budget.averageCheck(), shop.averageCheck());
        return new Economics(check, budget.margin(), prices, Economics.DEFAULT_MIN_HOLDOUT);
    }
}

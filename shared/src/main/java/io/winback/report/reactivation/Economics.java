package io.winback.report.reactivation;

import java.math.BigDecimal;

/**
 * What turns extra customers into money: the average check and margin the chain configuration's budget cap uses
 * (the shop's real average check when none is configured), and the message prices.
 *
 * @param averageCheck null when neither configured nor known yet (no sales): no net effect then
 * @param minHoldout   below this many holdout customers a comparison is not judged at all
 */
public record Economics(BigDecimal averageCheck, BigDecimal margin, MessagePrices prices, int minHoldout) {
    public static final int DEFAULT_MIN_HOLDOUT = 100;
}

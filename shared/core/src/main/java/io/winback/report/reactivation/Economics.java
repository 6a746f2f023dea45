package io.winback.report.reactivation;

import java.math.BigDecimal;

/**
 * What turns extra customers into money for episodes and messages that recorded nothing of their own (started or
 * sent before those figures were recorded): today's average check in force ({@link io.winback.shop.AverageCheckInForce})
 * and margin, and the message prices.
 *
 * @param averageCheck null when neither configured nor known yet (no sales): no net effect then
 * @param minHoldout   below this many holdout customers a comparison is not judged at all
 */
public record Economics(BigDecimal averageCheck, BigDecimal margin, MessagePrices prices, int minHoldout) {
    public static final int DEFAULT_MIN_HOLDOUT = 100;
}

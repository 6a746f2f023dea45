package io.winback.bonus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Bonus a sale spent at the till: how much came from which grant, and the overdraft, what the till took beyond the
 * customer's valid balance (a sale already happened: it is never refused for its bonus, only reported).
 */
public record BonusRedemption(String saleId, Instant at, BigDecimal amount, Map<String, BigDecimal> fromGrants,
                              BigDecimal overdraft) {

    public BonusRedemption {
        fromGrants = Map.copyOf(fromGrants);
    }
}

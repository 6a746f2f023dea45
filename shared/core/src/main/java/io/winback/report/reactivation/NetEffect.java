package io.winback.report.reactivation;

import io.winback.money.Money;

import java.math.BigDecimal;

/**
 * What the chain earned beyond what would have come anyway: incremental customers × average check × margin − bonus
 * spent − message cost. Incremental customers = uplift × treated customers, the purchases the holdout says would not
 * have happened without the chain.
 */
public final class NetEffect {
    private NetEffect() {
    }

    /** Null when the uplift or the average check is unknown. */
    public static BigDecimal of(Double incrementalCustomers, BigDecimal averageCheck, BigDecimal margin,
                                BigDecimal bonusSpent, BigDecimal messageCost) {
        return of(incrementalCustomers, averageCheck == null ? null : averageCheck.multiply(margin), bonusSpent,
                messageCost);
    }

    /** {@code valuePerCustomer}: average check × margin; null when the uplift or that value is unknown. */
    public static BigDecimal of(Double incrementalCustomers, BigDecimal valuePerCustomer, BigDecimal bonusSpent,
                                BigDecimal messageCost) {
        if (incrementalCustomers == null || valuePerCustomer == null) {
            return null;
        }
        return Money.rounded(BigDecimal.valueOf(incrementalCustomers).multiply(valuePerCustomer)
                .subtract(bonusSpent).subtract(messageCost)).amount();
    }

    /** Uplift × treated customers; null without an uplift. */
    public static Double incrementalCustomers(Double uplift, long treated) {
        return uplift == null ? null : uplift * treated;
    }
}

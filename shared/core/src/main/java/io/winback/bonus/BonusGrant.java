package io.winback.bonus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Bonus money given to a customer. Its id is the id of the touch that granted it, so a retried step finds the grant
 * already there instead of granting twice. Spendable from {@code validFrom} to {@code validUntil} inclusive.
 */
public record BonusGrant(String id, BigDecimal amount, Instant validFrom, Instant validUntil, String reason) {

    public boolean isValidAt(Instant at) {
        return !at.isBefore(validFrom) && !at.isAfter(validUntil);
    }
}

package io.winback.domain;

import java.math.BigDecimal;

/**
 * A stored receipt as a return is checked against it: whose it is, what kind, what it came to, and how much of it
 * returns have refunded so far ({@code refunded}, 0 when none).
 */
public record RefundableSale(String saleId, String customerKey, SaleType type, BigDecimal total, BigDecimal refunded) {

    /** What is left to refund after {@code refunded}: never below 0. */
    public BigDecimal leftAfter(BigDecimal refundedSoFar) {
        return total.subtract(refundedSoFar).max(BigDecimal.ZERO);
    }
}

package io.winback.chain;

import java.math.BigDecimal;
import java.time.Instant;

/** The purchase that converted an episode, credited to one touch. */
public record Conversion(String touchId, int step, String saleId, Instant at, BigDecimal revenue,
                         BigDecimal bonusRedeemed) {
}

package io.winback.chain;

import java.math.BigDecimal;

/**
 * What a customer won back was worth when the episode started: the average check then in force
 * ({@link AverageCheckInForce}) and the margin of the configuration the episode runs under. Recorded on the episode,
 * so the campaign report's net effect does not move with later sales or a later configuration.
 *
 * @param averageCheck null when the shop had no figure at all then
 */
public record StartFigures(BigDecimal averageCheck, BigDecimal margin) {

    /** Average check × margin; null without an average check. */
    public BigDecimal valueOfACustomerWonBack() {
        return averageCheck == null || margin == null ? null : averageCheck.multiply(margin);
    }
}

package io.winback.messages;

import io.winback.chain.Channel;

import java.math.BigDecimal;

/**
 * What one message that went out (or may have) cost, recorded on its touch when it was sent: the parts it travelled
 * in (an SMS of 71 Cyrillic characters is two) and the price of one part then ({@code SMS_PRICE} / {@code EMAIL_PRICE}).
 * The campaign report adds these up, so a later change of price does not rewrite what a finished campaign cost.
 */
public record MessageCharge(int parts, BigDecimal unitPrice) {

    public static MessageCharge of(Channel channel, MessageContent sent, BigDecimal smsPrice, BigDecimal emailPrice) {
        return channel == Channel.SMS ? new MessageCharge(SmsParts.of(sent.body()).parts(), smsPrice)
                : new MessageCharge(1, emailPrice);
    }

    public BigDecimal cost() {
        return unitPrice.multiply(BigDecimal.valueOf(parts));
    }
}

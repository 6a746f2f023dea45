package io.winback.report.reactivation;

import java.math.BigDecimal;

/**
 * What one message costs in the shop's currency ({@code SMS_PRICE} per SMS, {@code EMAIL_PRICE} per email): the
 * message cost of the net effect. A message that may have gone out ({@code unknown}) is paid for like a sent one.
 */
public record MessagePrices(BigDecimal sms, BigDecimal email) {
    public static final BigDecimal DEFAULT_SMS = new BigDecimal("4.00");
    public static final BigDecimal DEFAULT_EMAIL = new BigDecimal("0.01");

    public BigDecimal costOf(long smsMessages, long emails) {
        return sms.multiply(BigDecimal.valueOf(smsMessages)).add(email.multiply(BigDecimal.valueOf(emails)));
    }
}

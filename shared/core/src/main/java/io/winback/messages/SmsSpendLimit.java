package io.winback.messages;

import java.math.BigDecimal;

/**
 * SNS's monthly SMS spend limit ({@code MonthlySpendLimit}, 1 USD on an account that has not had it raised), held
 * to before each SMS. Past the limit SNS stops publishing SMS "within minutes" yet still answers each
 * {@code Publish} with a message id: a touch sent then would be recorded as sent and never arrive. So Winback stops
 * first: an SMS goes out only while what the month has cost so far, plus this message, stays within the limit less
 * a margin.
 *
 * <p>What the month has cost is SNS's own month-to-date figure ({@code SMSMonthToDateSpentUSD}, which lags by
 * minutes) plus what this process has published since the moment that figure stands for, at the configured price
 * per part. The margin, {@link #MARGIN_SHARE} of the limit, covers what neither shows: the other worker instances'
 * SMS since the figure, and a price per part that differs from SNS's own a little.
 */
public record SmsSpendLimit(BigDecimal limitUsd) {
    /** What SNS holds an account to until its owner asks for more (and sets {@code MonthlySpendLimit}). */
    public static final BigDecimal AWS_DEFAULT_USD = BigDecimal.ONE;
    /** The share of the limit left unspent: 5 cents of the default 1 USD, one SMS part at a typical rate. */
    public static final BigDecimal MARGIN_SHARE = new BigDecimal("0.05");

    public SmsSpendLimit {
        if (limitUsd == null || limitUsd.signum() < 0) {
            throw new IllegalArgumentException("a spend limit is 0 USD or more, got " + limitUsd);
        }
    }

    /** What one SMS of {@code text} costs: its parts (a 71-letter Cyrillic text is two) at the price of one part. */
    public static BigDecimal costOf(String text, BigDecimal pricePerPartUsd) {
        return pricePerPartUsd.multiply(BigDecimal.valueOf(SmsParts.of(text).parts()));
    }

    /** The most the month may cost with Winback's SMS in it. */
    public BigDecimal stopAt() {
        return limitUsd.subtract(limitUsd.multiply(MARGIN_SHARE));
    }

    /**
     * Whether a message costing {@code messageUsd} may go out when the month has cost {@code spentUsd} so far (SNS's
     * figure plus what was published since it).
     */
    public Verdict check(BigDecimal spentUsd, BigDecimal messageUsd) {
        if (spentUsd.add(messageUsd).compareTo(stopAt()) <= 0) {
            return new Verdict.Within();
        }
        return new Verdict.Reached(spentUsd, limitUsd);
    }

    /** What {@link #check} says. */
    public sealed interface Verdict {
        /** The message fits under the limit. */
        record Within() implements Verdict {
        }

        /** The message would take the month past the limit (less its margin): it must wait for a raise or a new month. */
        record Reached(BigDecimal spentUsd, BigDecimal limitUsd) implements Verdict {
            public String reason() {
                return "SNS monthly SMS spend limit: spent " + spentUsd.stripTrailingZeros().toPlainString() + " of "
                        + limitUsd.stripTrailingZeros().toPlainString() + " USD";
            }
        }
    }
}

package io.winback.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in the shop's one currency, to the kopeck: always exactly two decimals. Every two-decimal rounding of
 * Winback goes through here, and there is one rule for it, {@link #ROUNDING} (half up), applied once, at the end of a
 * product or a division; sums and differences of amounts are exact and need none. The shop counts in one currency
 * ({@code DEFAULT_CURRENCY}), so an amount carries none.
 *
 * <p>How an amount is read ({@link #fromReceipt}, {@link #positive}) and written (JSON {@link #amount}, a CSV cell
 * {@link #written}, a message {@link #inMessage}) is decided here too, so the webhook, the API, the reports and the
 * SMS agree on what 99.5 is.
 *
 * @param amount the value with scale 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
    public static final int DECIMALS = 2;
    /** The one rounding rule: half up, as a cashier rounds (0.125 → 0.13). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** The webhook's refusal of an amount below zero. */
    public static final String NEGATIVE = "must not be negative";
    /** The webhook's refusal of fractions of a kopeck. */
    public static final String TOO_PRECISE = "must have at most 2 decimal places";
    /** The API's refusal of an amount that must be positive (a bonus, a configured average check). */
    public static final String NOT_POSITIVE = "must be an amount above 0 with at most 2 decimals, such as 100 or 99.50";

    /** Exact: an amount with fractions of a kopeck is refused (ArithmeticException), never silently rounded. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(DECIMALS, RoundingMode.UNNECESSARY);
    }

    /** An amount already known to be to the kopeck (read back from a table, validated on the way in). */
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** Any product or share of money (uplift × value, check × margin × share), rounded once by {@link #ROUNDING}. */
    public static Money rounded(BigDecimal value) {
        return new Money(value.setScale(DECIMALS, ROUNDING));
    }

    /** {@code total / count} to the kopeck by {@link #ROUNDING}: an average check, a cost per customer. */
    public static Money perEach(BigDecimal total, long count) {
        return new Money(total.divide(BigDecimal.valueOf(count), DECIMALS, ROUNDING));
    }

    /** An amount as a till sends it in a receipt: 0 or more, at most two decimals. */
    public static Read fromReceipt(BigDecimal value) {
        if (value.signum() < 0) {
            return new Read.Refused(NEGATIVE);
        }
        if (value.stripTrailingZeros().scale() > DECIMALS) {
            return new Read.Refused(TOO_PRECISE);
        }
        return new Read.Accepted(new Money(value));
    }

    /** An amount that must be above 0 with at most two decimals: a bonus, a configured check, {@code MaxBonus}. */
    public static Read positive(BigDecimal value) {
        return value.signum() <= 0 || value.stripTrailingZeros().scale() > DECIMALS ? new Read.Refused(NOT_POSITIVE)
                : new Read.Accepted(new Money(value));
    }

    /** What reading an amount came to: the amount, or why it was refused (a message after the field's path). */
    public sealed interface Read {
        record Accepted(Money money) implements Read {
        }

        record Refused(String reason) implements Read {
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    /** This amount times a ratio (a margin, a share, a count), rounded once. */
    public Money times(BigDecimal ratio) {
        return rounded(amount.multiply(ratio));
    }

    /** This amount shared among {@code count}, rounded once. */
    public Money dividedBy(long count) {
        return perEach(amount, count);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isAbove(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** For JSON and for the tables: 100.00, never 1E+2 or 100. */
    public String plain() {
        return amount.toPlainString();
    }

    /** As a CSV cell writes it with {@code decimalMark} (a comma for Russian Excel, a point for English): 1234,50. */
    public String written(char decimalMark) {
        return written(amount, decimalMark);
    }

    /** Any decimal with the given mark, no grouping, so a spreadsheet reads it back as a number. */
    public static String written(BigDecimal value, char decimalMark) {
        String plain = value.toPlainString();
        return decimalMark == '.' ? plain : plain.replace('.', decimalMark);
    }

    /** As a message to the customer says it: 100, not 100.00; 99.5 for 99.50. */
    public String inMessage() {
        return inMessage(amount);
    }

    /**
     * An amount as a message says it, whatever scale it arrives with: trailing zeros dropped, never in E notation.
     * Never rounds, so a message never promises a different bonus from the one granted.
     */
    public static String inMessage(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /**
     * An amount kept by someone else (DynamoDB hands 100.00 back as 100), shown with at least two decimals and
     * never rounded: one with more decimals is shown as it is kept. The API's replies show amounts so.
     */
    public static BigDecimal asKept(BigDecimal amount) {
        return amount.scale() < DECIMALS ? amount.setScale(DECIMALS) : amount;
    }

    @Override
    public String toString() {
        return plain();
    }
}

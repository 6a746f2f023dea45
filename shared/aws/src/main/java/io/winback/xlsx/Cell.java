package io.winback.xlsx;

import io.winback.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One typed cell of a workbook: the type decides how Excel stores and shows it, so a phone written as {@link Text}
 * stays {@code +79161234567} (no apostrophe, no number), an {@link Amount} sums and shows the shop's currency, and a
 * {@link Day} sorts and filters as a date. A null cell in a row is an empty cell.
 */
public sealed interface Cell {
    /** Text as it is, whatever it looks like (a phone, a formula-like name: a text cell is never run). */
    record Text(String value) implements Cell {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A whole number shown grouped (12 345). Excel keeps 15 digits: a key or card number is {@link Text}. */
    record Whole(long value) implements Cell {
    }

    /** A number with whatever decimals it has, shown as Excel's General format shows it. */
    record Decimal(BigDecimal value) implements Cell {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** An amount of the shop's currency: a number, shown with two decimals and the currency. */
    record Amount(BigDecimal value) implements Cell {
        public Amount {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A day: an Excel date (a serial number shown with the language's date format). */
    record Day(LocalDate value) implements Cell {
        public Day {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A day and a time of day in the shop's zone (Excel keeps no zone): a serial with a fraction for the time. */
    record Moment(LocalDateTime value) implements Cell {
        public Moment {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Text, or an empty cell for null. */
    static Cell text(String value) {
        return value == null ? null : new Text(value);
    }

    static Cell whole(long value) {
        return new Whole(value);
    }

    /** A number, or an empty cell for null. */
    static Cell decimal(BigDecimal value) {
        return value == null ? null : new Decimal(value);
    }

    /** An amount, or an empty cell for null. */
    static Cell money(BigDecimal amount) {
        return amount == null ? null : new Amount(amount);
    }

    /** An amount, or an empty cell for null. */
    static Cell money(Money amount) {
        return amount == null ? null : new Amount(amount.amount());
    }

    /** A date, or an empty cell for null. */
    static Cell day(LocalDate value) {
        return value == null ? null : new Day(value);
    }

    /** A date and time, or an empty cell for null. */
    static Cell moment(LocalDateTime value) {
        return value == null ? null : new Moment(value);
    }
}

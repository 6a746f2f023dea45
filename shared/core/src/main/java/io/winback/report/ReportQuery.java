package io.winback.report;

import io.winback.validation.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report's query parameters, read with every problem collected, so a 400 names all of them at once. The common
 * ones are read on construction: {@code format} (json, csv, xlsx; default json) and {@code lang} (ru, en; default ru;
 * {@code locale} is taken as a synonym).
 * A report reads its own with the typed readers, then checks {@link #errors()} before doing any work.
 */
public final class ReportQuery {
    private final Map<String, String> params;
    private final List<FieldError> errors = new ArrayList<>();
    private final ReportFormat format;
    private final ReportLanguage language;
    private final String currency;

    /** A query of a shop counting in roubles (the default {@code DEFAULT_CURRENCY}). */
    public ReportQuery(Map<String, String> params) {
        this(params, "RUB");
    }

    /** @param currency the shop's ({@code DEFAULT_CURRENCY}): what an amount in a workbook is shown in */
    public ReportQuery(Map<String, String> params, String currency) {
        this.currency = currency;
        this.params = params == null ? Map.of() : Map.copyOf(params);
        String formatName = text("format");
        ReportFormat named = formatName == null ? ReportFormat.JSON : ReportFormat.fromName(formatName);
        if (named == null) {
            errors.add(FieldError.of("format", "must be json, csv or xlsx, was \"" + formatName + "\""));
        }
        this.format = named == null ? ReportFormat.JSON : named;
        // lang, or locale as the readers may call it: the same choice of words and of CSV separators.
        String languageParameter = text("lang") == null && text("locale") != null ? "locale" : "lang";
        String code = text(languageParameter);
        ReportLanguage language = code == null ? ReportLanguage.RU : ReportLanguage.fromCode(code);
        if (language == null) {
            errors.add(FieldError.of(languageParameter, "must be " + ReportLanguage.accepted() + ", was \"" + code
                    + "\""));
        }
        this.language = language == null ? ReportLanguage.RU : language;
    }

    public String currency() {
        return currency;
    }

    public ReportFormat format() {
        return format;
    }

    public ReportLanguage language() {
        return language;
    }

    /** The parameter as sent, blank counting as absent. */
    public String text(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String requiredText(String name, String what) {
        String value = text(name);
        if (value == null) {
            errors.add(FieldError.of(name, "is required: " + what));
        }
        return value;
    }

    /** A day as yyyy-MM-dd; {@code fallback} when absent; null (and an error) when unreadable. */
    public LocalDate date(String name, LocalDate fallback) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(name, "must be a day as yyyy-MM-dd, e.g. 2026-11-01, was \"" + value + "\""));
            return null;
        }
    }

    public LocalDate requiredDate(String name) {
        if (text(name) == null) {
            errors.add(FieldError.of(name, "is required: a day as yyyy-MM-dd, e.g. 2026-11-01"));
            return null;
        }
        return date(name, null);
    }

    /** A period: {@code from} and {@code to} inclusive, {@code to} not before {@code from}. */
    public void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "must not be before from (" + from + "), was " + to));
        }
    }

    /** The longest period a report covers: a year and a bit, one Query per day at most. */
    public static final int MAX_PERIOD_DAYS = 400;

    /**
     * A period of at most {@link #MAX_PERIOD_DAYS} days; {@code what} names the answer in the error, e.g. "a report",
     * "a list", "the dashboard".
     */
    public void checkLength(LocalDate from, LocalDate to, String what) {
        if (from != null && to != null && ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            errors.add(FieldError.of("to", what + " covers at most " + MAX_PERIOD_DAYS
                    + " days; ask for a shorter period"));
        }
    }

    /** A whole number within [min, max]; {@code fallback} when absent. */
    public int whole(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        errors.add(FieldError.of(name, "must be a whole number from " + min + " to " + max + ", was \"" + value + "\""));
        return fallback;
    }

    /** A non-negative amount such as 125000 or 125000.50; {@code fallback} when absent. */
    public BigDecimal amount(String name, BigDecimal fallback) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            BigDecimal amount = new BigDecimal(value.replace(',', '.'));
            if (amount.signum() >= 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        errors.add(FieldError.of(name, "must be an amount of 0 or more, e.g. 125000.50, was \"" + value + "\""));
        return fallback;
    }

    /** For checks a report makes itself (e.g. "either sku or group"). */
    public void reject(String name, String message) {
        errors.add(FieldError.of(name, message));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}

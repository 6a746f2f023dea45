package io.winback.xlsx;

import io.winback.report.ReportLanguage;

import java.util.Locale;
import java.util.Objects;

/**
 * How a workbook shows its amounts, days and times. Format codes are stored in Excel's own neutral syntax
 * ({@code ,} groups, {@code .} is the decimal point): each Excel shows them with its locale's marks, so
 * {@code #,##0.00 "₽"} reads 1 234,50 ₽ in a Russian Excel. The language decides the order of a day's parts.
 *
 * @param money  an amount: two decimals and the shop's currency
 * @param day    a date
 * @param moment a date with the time of day
 */
public record NumberFormats(String money, String day, String moment) {
    public NumberFormats {
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(moment, "moment");
    }

    /**
     * The shop's formats: dd.mm.yyyy in Russian, yyyy-mm-dd in English (as the CSV reports write days); amounts in
     * roubles with ₽, any other currency with its ISO code ({@code #,##0.00 "USD"}).
     *
     * @param currency the shop's ISO 4217 code, {@code DEFAULT_CURRENCY}
     */
    public static NumberFormats of(ReportLanguage language, String currency) {
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("'" + currency + "' is no ISO 4217 currency code");
        }
        String sign = code.equals("RUB") ? "₽" : code;
        String day = language == ReportLanguage.RU ? "dd.mm.yyyy" : "yyyy-mm-dd";
        return new NumberFormats("#,##0.00 \"" + sign + "\"", day, day + " hh:mm");
    }
}

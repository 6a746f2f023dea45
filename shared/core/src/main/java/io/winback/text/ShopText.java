package io.winback.text;

import io.winback.report.ReportLanguage;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and days as the shop reads them on a page, in a message or a task: one way for each language. A number is
 * grouped (12 345,5 in Russian with a space; 12,345.5 in English). A day is dd.MM.yyyy in Russian, as every Russian
 * document writes it; "15 Sep 2026" in English, which a reader on either side of the Atlantic reads the same way
 * (09/15 and 15/09 are not). CSV cells are written by {@link io.winback.report.CsvWriter} for a spreadsheet instead.
 */
public final class ShopText {
    private static final DateTimeFormatter RUSSIAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ShopText() {
    }

    /** 12 345,5 in Russian, 12,345.5 in English; at most two decimals, none when whole. */
    public static String number(BigDecimal value, ReportLanguage language) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        DecimalFormat format = new DecimalFormat("#,##0.##",
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language.code())));
        // The JDK groups Russian with U+00A0 or U+202F by version: one plain space, the same on every JDK.
        return format.format(plain).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    public static String number(long value, ReportLanguage language) {
        return number(BigDecimal.valueOf(value), language);
    }

    /** 15.09.2026 in Russian, 15 Sep 2026 in English. */
    public static String day(LocalDate day, ReportLanguage language) {
        return (language == ReportLanguage.RU ? RUSSIAN_DAY : ENGLISH_DAY).format(day);
    }

    /**
     * An amount of the shop's currency as a page shows it: 1 234,50 ₽ (roubles by their sign) or 1 234 ₽ when whole
     * in Russian; RUB 1,234.50 in English. Two decimals unless whole, grouped as {@link #number} groups.
     */
    public static String money(BigDecimal amount, String currency, ReportLanguage language) {
        BigDecimal cents = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        String number = cents.stripTrailingZeros().scale() <= 0 ? number(cents, language)
                : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language.code())))
                .format(cents).replace('\u00a0', ' ').replace('\u202f', ' ');
        return language == ReportLanguage.RU ? number + " " + ("RUB".equals(currency) ? "₽" : currency)
                : currency + " " + number;
    }
}

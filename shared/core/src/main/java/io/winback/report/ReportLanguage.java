package io.winback.report;

import io.winback.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.winback.text.ShopText;

/**
 * The language of a report: its words, and how its CSV is cut so that Excel opens it right in that locale. Russian
 * Excel expects {@code ;} between fields and a decimal comma; English Excel {@code ,} and a dot.
 */
public enum ReportLanguage {
    RU("ru", ';', ','),
    EN("en", ',', '.');

    private final String code;
    private final char separator;
    private final char decimalMark;

    ReportLanguage(String code, char separator, char decimalMark) {
        this.code = code;
        this.separator = separator;
        this.decimalMark = decimalMark;
    }

    public String code() {
        return code;
    }

    public char separator() {
        return separator;
    }

    /** {@code 1234.5} as this locale writes it in a cell: no grouping, so Excel reads it back as a number. */
    public String decimal(BigDecimal value) {
        return Money.written(value, decimalMark);
    }

    /** An amount as this locale writes it in a cell: 1234,50 in Russian, 1234.50 in English. */
    public String money(Money amount) {
        return amount.written(decimalMark);
    }

    /**
     * A day in a cell: dd.MM.yyyy in Russian, which Russian Excel reads as a date; ISO yyyy-MM-dd in English, as
     * English CSVs have always written it (and English Excel reads as a date).
     */
    public String cellDay(LocalDate day) {
        return this == RU ? ShopText.day(day, this) : day.toString();
    }

    /** The language a {@code lang} parameter names; null when it names none of them. */
    public static ReportLanguage fromCode(String code) {
        for (ReportLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return null;
    }

    /** What an error message lists as the accepted values. */
    public static String accepted() {
        return "ru or en";
    }

    public String pick(String russian, String english) {
        return this == RU ? russian : english;
    }
}

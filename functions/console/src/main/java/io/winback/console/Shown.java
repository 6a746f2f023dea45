package io.winback.console;

import io.winback.report.ReportLanguage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a page shows dates, times and money to the shop: in Russian 15.09.2026, 14:05 and 1 234,50 ₽; in English
 * 15 Sep 2026, 14:05 and RUB 1,234.50. Times are the shop's, in its zone.
 */
record Shown(ReportLanguage language, ZoneId zone, String currency) {
    private static final DateTimeFormatter RU_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    String day(LocalDate day) {
        return day == null ? "—" : day.format(language == ReportLanguage.RU ? RU_DAY : EN_DAY);
    }

    String day(Instant at) {
        return at == null ? "—" : day(at.atZone(zone).toLocalDate());
    }

    String time(Instant at) {
        return at == null ? "—" : at.atZone(zone).format(TIME);
    }

    String dayAndTime(Instant at) {
        return at == null ? "—" : day(at) + ", " + time(at);
    }

    String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(language == ReportLanguage.RU ? '\u00a0' : ',');
        symbols.setDecimalSeparator(language == ReportLanguage.RU ? ',' : '.');
        DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
                symbols);
        String number = format.format(amount.setScale(2, RoundingMode.HALF_UP));
        if (language == ReportLanguage.RU) {
            return number + "\u00a0" + ("RUB".equals(currency) ? "₽" : currency);
        }
        return currency + "\u00a0" + number;
    }
}

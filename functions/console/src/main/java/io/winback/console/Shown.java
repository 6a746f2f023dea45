package io.winback.console;

import io.winback.report.ReportLanguage;
import io.winback.text.ShopText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a page shows dates, times and money to the shop: in Russian 15.09.2026, 14:05 and 1 234,50 ₽; in English
 * 15 Sep 2026, 14:05 and RUB 1,234.50 (ShopText's ways, one for every page). Times are the shop's, in its zone.
 */
record Shown(ReportLanguage language, ZoneId zone, String currency) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    String day(LocalDate day) {
        return day == null ? "—" : ShopText.day(day, language);
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
        return amount == null ? "—" : ShopText.money(amount, currency, language);
    }
}

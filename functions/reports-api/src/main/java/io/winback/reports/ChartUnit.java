package io.winback.reports;

import io.winback.report.ReportLanguage;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.math.BigDecimal;

/**
 * What a chart's values count: the axis title, and a value as the page writes it beside its unit, a count with its
 * noun in the right form ("21 клиент", "22 клиента") or an amount with its currency sign.
 */
record ChartUnit(String axis, Noun noun, String sign, ReportLanguage language) {

    static ChartUnit counting(Noun noun, String axis, ReportLanguage language) {
        return new ChartUnit(axis, noun, null, language);
    }

    static ChartUnit amounts(String sign, ReportLanguage language) {
        return new ChartUnit(sign, null, sign, language);
    }

    /** "40 клиентов", "12 500,5 ₽". */
    String of(BigDecimal value) {
        return noun != null && value.stripTrailingZeros().scale() <= 0
                ? noun.count(value.longValue(), language) : ShopText.number(value, language) + " " + sign;
    }
}

package io.winback.reports;

import io.winback.report.ReportLanguage;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The metrics report's figures as its CSV names them: in English the JSON field names (what English consumers read
 * since the report began), in Russian words an owner reads. docs/reports.md lists both.
 */
final class MetricNames {
    private static final Map<String, String> RUSSIAN = Map.ofEntries(
            Map.entry("from", "с"), Map.entry("to", "по"), Map.entry("store", "магазин"),
            Map.entry("activeDays", "активен, дней после покупки"), Map.entry("purchases", "покупок"),
            Map.entry("revenue", "выручка"), Map.entry("returns", "возвратов"), Map.entry("refunds", "возвращено"),
            Map.entry("unmatchedReturns", "возвратов без известной покупки"),
            Map.entry("netRevenue", "выручка за вычетом возвратов"), Map.entry("discounts", "скидки"),
            Map.entry("bonusRedeemed", "списано бонусов"), Map.entry("aov", "средний чек"),
            Map.entry("buyers", "покупателей"), Map.entry("repeatBuyers", "покупали повторно"),
            Map.entry("repeatPurchaseRatePercent", "доля повторных покупателей, %"),
            Map.entry("newCustomers", "новых клиентов"), Map.entry("activeAtStart", "активных в начале"),
            Map.entry("activeAtEnd", "активных в конце"), Map.entry("retainedFromStart", "удержано с начала"),
            Map.entry("wonBack", "вернулись"), Map.entry("crrPercent", "удержание клиентов (CRR), %"),
            Map.entry("marketingSpend", "расходы на маркетинг"),
            Map.entry("cac", "стоимость привлечения клиента (CAC)"),
            Map.entry("purchasesPerBuyer", "покупок на покупателя"), Map.entry("ltvPeriods", "периодов LTV"),
            Map.entry("ltv", "ценность клиента (LTV)"), Map.entry("customersAsOf", "клиенты на день"),
            Map.entry("customersActive", "клиентов активных"), Map.entry("customersSleeping", "клиентов спящих"),
            Map.entry("customersLost", "клиентов потерянных"),
            Map.entry("customersNeverBought", "клиентов без покупок"));
    private static final Set<String> DAYS = Set.of("from", "to", "customersAsOf");

    private MetricNames() {
    }

    /** The figure's name in {@code language}; a figure with no Russian name keeps its own. */
    static String of(String field, ReportLanguage language) {
        return language == ReportLanguage.RU ? RUSSIAN.getOrDefault(field, field) : field;
    }

    /** The figure's value as a cell: a day as a day, so the CSV writes it as the language does. */
    static Object cell(String field, Object value) {
        return DAYS.contains(field) && value instanceof String day ? LocalDate.parse(day) : value;
    }

    static Set<String> named() {
        return RUSSIAN.keySet();
    }
}

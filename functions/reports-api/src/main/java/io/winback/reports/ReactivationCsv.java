package io.winback.reports;

import io.winback.report.TableWriter;
import io.winback.report.CsvWriter;
import io.winback.report.ReportLanguage;
import io.winback.report.reactivation.Comparison;
import io.winback.report.reactivation.Economics;
import io.winback.report.reactivation.GroupTally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.winback.reports.ReactivationRows.customers;
import static io.winback.reports.ReactivationRows.high;
import static io.winback.reports.ReactivationRows.low;
import static io.winback.reports.ReactivationRows.money;
import static io.winback.reports.ReactivationRows.percent;

/**
 * The campaign report as CSV: one line per chain × step × group (treated, holdout), the comparison's figures and the
 * calls (the holdout is never called) on the treated line only, so a column adds up; headers and words in the report's language. docs/reports.md lists the
 * columns.
 */
final class ReactivationCsv {
    /** Each column's name: English (the names English consumers read since the report began), then Russian. */
    private static final String[][] NAMES = {
            {"chain", "цепочка"}, {"step", "шаг"}, {"group", "группа"}, {"entered", "вошли"},
            {"sent", "отправлено"}, {"unknown", "статус неизвестен"}, {"failed", "не отправлено"},
            {"call_tasks", "звонков"}, {"bonus_only", "только бонус"}, {"held_back", "придержано"},
            {"skipped_no_consent", "пропущено: нет согласия"}, {"skipped_no_contact", "пропущено: нет контакта"},
            {"skipped_opted_out", "пропущено: отписался"}, {"skipped_no_phone", "пропущено: нет телефона"},
            {"skipped_other", "пропущено: другое"}, {"deferred_quiet_hours", "отложено: тихие часы"},
            {"deferred_frequency_cap", "отложено: лимит частоты"},
            {"deferred_channel_paused", "отложено: канал приостановлен"},
            {"messaged", "получили сообщение"}, {"converted", "вернулись"}, {"conversion_percent", "возврат, %"},
            {"revenue", "выручка"}, {"revenue_per_customer", "выручка на клиента"}, {"bonus_spent", "списано бонусов"},
            {"naive_conversion_of_messaged_percent", "возврат получивших сообщение, %"},
            {"uplift_points", "прирост, п.п."}, {"uplift_low_points", "прирост от, п.п."},
            {"uplift_high_points", "прирост до, п.п."}, {"revenue_difference", "разница выручки на клиента"},
            {"revenue_difference_low", "разница выручки от"}, {"revenue_difference_high", "разница выручки до"},
            {"incremental_customers", "дополнительно вернулись"}, {"message_cost", "стоимость сообщений"},
            {"net_effect", "чистый эффект"}, {"min_detectable_uplift_points", "заметный прирост от, п.п."},
            {"verdict", "вывод"}, {"conclusion", "пояснение"},
            {"calls_opened", "звонков поставлено"}, {"calls_reached", "звонки: дозвонились"},
            {"calls_no_answer", "звонки: не ответили"}, {"calls_refused", "звонки: отказались"},
            {"calls_will_come", "звонки: обещали прийти"}, {"calls_came_back", "звонки: вернулись до звонка"},
            {"calls_still_open", "звонки: ещё не сделаны"}};
    static final List<String> COLUMNS = columns(ReportLanguage.EN);
    private static final List<String> NAMED_SKIPS = List.of("no_consent", "no_contact", "opted_out", "no_phone");

    private ReactivationCsv() {
    }

    static TableWriter write(ReactivationRows rows, Economics economics, ReportLanguage language, TableWriter csv) {
        csv.header(columns(language));
        for (ReactivationRows.Row row : rows.rows()) {
            Comparison c = row.comparison();
            List<Object> treated = group(row, language.pick("рассылка", "treated"), c.treated(), language);
            treated.add(percent(c.treated().naiveConversionRate()));
            treated.addAll(Arrays.asList(percent(c.uplift()), low(c.upliftInterval(), true), high(c.upliftInterval(), true),
                    money(c.revenueDifference()), low(c.revenueDifferenceInterval(), false),
                    high(c.revenueDifferenceInterval(), false), customers(c.incrementalCustomers()), c.messageCost(),
                    c.netEffect(), percent(c.minimumDetectableUplift()), c.verdict().label(language),
                    conclusion(c, economics, language)));
            treated.addAll(ReactivationRows.callFigures(row.calls()));
            csv.row(treated);
            List<Object> holdout = group(row, language.pick("контрольная группа", "holdout"), c.holdout(), language);
            while (holdout.size() < NAMES.length) {
                holdout.add(null);
            }
            csv.row(holdout);
        }
        return csv;
    }

    /** The header in {@code language}. */
    static List<String> columns(ReportLanguage language) {
        return Arrays.stream(NAMES).map(name -> language.pick(name[1], name[0])).toList();
    }

    /** The verdict in words, with the smallest detectable uplift when the answer is "cannot tell". */
    static String conclusion(Comparison c, Economics economics, ReportLanguage language) {
        var mde = percent(c.minimumDetectableUplift());
        return c.verdict().words(language, c.holdout().entered(), economics.minHoldout(),
                mde == null ? null : language.decimal(mde));
    }

    private static List<Object> group(ReactivationRows.Row row, String name, GroupTally g, ReportLanguage language) {
        Map<String, Long> skipped = g.skipped();
        long other = skipped.entrySet().stream().filter(e -> !NAMED_SKIPS.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        Map<String, Long> deferred = g.deferred();
        String step = "all".equals(row.step()) ? language.pick("все", "all") : row.step();
        List<Object> cells = new ArrayList<>(List.of(row.chain(), step, name, g.entered(), g.sent(), g.unknown(),
                g.failed(), g.callTasks(), g.bonusOnly(), g.heldBack(), skipped.getOrDefault("no_consent", 0L),
                skipped.getOrDefault("no_contact", 0L), skipped.getOrDefault("opted_out", 0L), skipped.getOrDefault("no_phone", 0L), other,
                deferred.getOrDefault("quiet_hours", 0L), deferred.getOrDefault("frequency_cap", 0L),
                deferred.getOrDefault("channel_paused", 0L), g.messaged(), g.converted()));
        cells.add(percent(g.conversionRate()));
        cells.add(g.revenue().sum());
        cells.add(g.revenue().meanMoney());
        cells.add(g.bonusSpent());
        return cells;
    }

}

package io.winback.reports;

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
 * The campaign report as CSV: one line per chain × step × group (treated, holdout), the comparison's figures on the
 * treated line only, so a column adds up. docs/reports.md lists the columns.
 */
final class ReactivationCsv {
    static final List<String> COLUMNS = List.of("chain", "step", "group", "entered", "sent", "unknown", "failed",
            "call_tasks", "bonus_only", "held_back", "skipped_no_consent", "skipped_no_contact", "skipped_opted_out",
            "skipped_no_phone", "skipped_other", "deferred_quiet_hours", "deferred_frequency_cap", "deferred_channel_paused", "messaged",
            "converted", "conversion_percent", "revenue", "revenue_per_customer", "bonus_spent",
            "naive_conversion_of_messaged_percent", "uplift_points", "uplift_low_points", "uplift_high_points",
            "revenue_difference", "revenue_difference_low", "revenue_difference_high", "incremental_customers",
            "message_cost", "net_effect", "min_detectable_uplift_points", "verdict", "conclusion");
    private static final List<String> NAMED_SKIPS = List.of("no_consent", "no_contact", "opted_out", "no_phone");

    private ReactivationCsv() {
    }

    static CsvWriter write(ReactivationRows rows, Economics economics, ReportLanguage language) {
        CsvWriter csv = new CsvWriter(language);
        csv.header(COLUMNS);
        for (ReactivationRows.Row row : rows.rows()) {
            Comparison c = row.comparison();
            List<Object> treated = group(row, "treated", c.treated());
            treated.add(percent(c.treated().naiveConversionRate()));
            treated.addAll(Arrays.asList(percent(c.uplift()), low(c.upliftInterval(), true), high(c.upliftInterval(), true),
                    money(c.revenueDifference()), low(c.revenueDifferenceInterval(), false),
                    high(c.revenueDifferenceInterval(), false), customers(c.incrementalCustomers()), c.messageCost(),
                    c.netEffect(), percent(c.minimumDetectableUplift()), c.verdict().wireName(),
                    conclusion(c, economics, language)));
            csv.row(treated);
            List<Object> holdout = group(row, "holdout", c.holdout());
            while (holdout.size() < COLUMNS.size()) {
                holdout.add(null);
            }
            csv.row(holdout);
        }
        return csv;
    }

    /** The verdict in words, with the smallest detectable uplift when the answer is "cannot tell". */
    static String conclusion(Comparison c, Economics economics, ReportLanguage language) {
        var mde = percent(c.minimumDetectableUplift());
        return c.verdict().words(language, c.holdout().entered(), economics.minHoldout(),
                mde == null ? null : language.decimal(mde));
    }

    private static List<Object> group(ReactivationRows.Row row, String name, GroupTally g) {
        Map<String, Long> skipped = g.skipped();
        long other = skipped.entrySet().stream().filter(e -> !NAMED_SKIPS.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        Map<String, Long> deferred = g.deferred();
        List<Object> cells = new ArrayList<>(List.of(row.chain(), row.step(), name, g.entered(), g.sent(), g.unknown(),
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

package io.winback.reports;

import io.winback.report.ReportLanguage;

import java.time.LocalDate;
import java.util.List;

/** Where the dashboard's numbers come from: the readers behind the campaign and segments reports. */
interface DashboardSources {
    /** Everyone who entered a chain in the period, treated against holdout; null when nobody did. */
    DashboardData.Funnel funnel(LocalDate from, LocalDate to, ReportLanguage language);

    /** Revenue of purchases credited to treated episodes of the period, by week (Monday first), oldest first. */
    List<ChartBar> revenueByWeek(LocalDate from, LocalDate to);

    /** The segments job's last result; null when it has never run. */
    Segments segments();

    /**
     * @param rfmCounts customers per cell, [frequency score − 1][recency score − 1]
     */
    record Segments(String asOf, List<ChartBar> customers, long[][] rfmCounts) {
    }
}

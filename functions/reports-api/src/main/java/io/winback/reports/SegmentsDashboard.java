package io.winback.reports;

import io.winback.report.ReportLanguage;
import io.winback.report.SegmentsSummary;
import io.winback.report.SegmentsSummaryStore;

import java.util.List;

/** The dashboard's segments half: customers by segment and by standing, ABC and the R×F grid, from the job's last run. */
final class SegmentsDashboard {
    private final SegmentsSummaryStore summaries;

    SegmentsDashboard(SegmentsSummaryStore summaries) {
        this.summaries = summaries;
    }

    DashboardSources.Segments read(ReportLanguage language) {
        return summaries.find().map(summary -> view(summary, language)).orElse(null);
    }

    private static DashboardSources.Segments view(SegmentsSummary summary, ReportLanguage language) {
        SegmentsSummary.Census census = summary.census();
        List<ChartBar> customers = census.bySegment().entrySet().stream()
                .map(band -> ChartBar.of(band.getKey(), band.getValue())).toList();
        List<ChartBar> standing = List.of(
                ChartBar.of(language.pick("Активные", "Active"), census.active()),
                ChartBar.of(language.pick("Спящие", "Sleeping"), census.sleeping()),
                ChartBar.of(language.pick("Потерянные", "Lost"), census.lost()),
                ChartBar.of(language.pick("Без покупок", "Never bought"), census.neverBought()));
        long[][] grid = new long[5][5];
        for (SegmentsSummary.Cell cell : summary.grid()) {
            grid[cell.frequency() - 1][cell.recency() - 1] = cell.customers();
        }
        List<ChartBar> classes = summary.abc().stream()
                .map(total -> ChartBar.of(total.abc().name(), total.customers())).toList();
        return new DashboardSources.Segments(summary.asOf(), customers, standing, classes, grid);
    }
}

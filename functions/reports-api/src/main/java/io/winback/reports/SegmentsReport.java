package io.winback.reports;

import io.winback.report.TableWriter;
import io.winback.http.ApiReply;
import io.winback.report.CsvWriter;
import io.winback.report.ReportFormat;
import io.winback.report.ReportLanguage;
import io.winback.report.ReportQuery;
import io.winback.http.report.ReportReplies;
import io.winback.report.SegmentsSummary;
import io.winback.report.SegmentsSummaryStore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/reports/segments}: the last segments job's summary, one GetItem: customers and net spent per cell of
 * the 5 × 5 recency × frequency grid and per ABC class, the cut points behind the scores, and the census by standing
 * (definitions in docs/reports.md, "Segments: RFM and ABC"). Before the job's first run it answers 200 with a message saying
 * so and an empty grid: nothing is wrong, there is just nothing yet.
 */
final class SegmentsReport implements Report {
    private final SegmentsSummaryStore summaries;

    SegmentsReport(SegmentsSummaryStore summaries) {
        this.summaries = summaries;
    }

    @Override
    public ApiReply answer(ReportQuery query) {
        if (!query.isValid()) {
            return ApiReply.errors(400, query.errors());
        }
        Optional<SegmentsSummary> found = summaries.find();
        ReportLanguage lang = query.language();
        if (query.format().isTable()) {
            return ReportReplies.download(found.map(s -> "segments-" + s.asOf()).orElse("segments"),
                    csv(found, lang, ReportReplies.table(query, "Сегменты", "Segments")));
        }
        return ApiReply.ok(found.map(SegmentsReport::body).orElseGet(() -> notYet(lang)));
    }

    static String notYetMessage(ReportLanguage lang) {
        return lang.pick("Сегменты ещё не рассчитаны: задание сегментов работает раз в день; отчёт появится после "
                        + "его первого запуска.",
                "The segments have not been computed yet: the segments job runs once a day; this report fills in "
                        + "after its first run.");
    }

    private static Map<String, Object> notYet(ReportLanguage lang) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", notYetMessage(lang));
        body.put("grid", List.of());
        body.put("abc", List.of());
        return body;
    }

    private static Map<String, Object> body(SegmentsSummary s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", s.asOf().toString());
        body.put("computedAt", s.computedAt().toString());
        body.put("scoredCustomers", s.scoredCustomers());
        body.put("scoredRevenue", s.scoredRevenue());
        List<Map<String, Object>> grid = new ArrayList<>();
        for (SegmentsSummary.Cell cell : s.grid()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("recency", cell.recency());
            row.put("frequency", cell.frequency());
            row.put("customers", cell.customers());
            row.put("revenue", cell.revenue());
            grid.add(row);
        }
        body.put("grid", grid);
        List<Map<String, Object>> abc = new ArrayList<>();
        for (SegmentsSummary.ClassTotal total : s.abc()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("class", total.abc().name());
            row.put("customers", total.customers());
            row.put("revenue", total.revenue());
            row.put("revenueSharePercent", sharePercent(total.revenue(), s));
            abc.add(row);
        }
        body.put("abc", abc);
        SegmentsSummary.Census c = s.census();
        body.put("census", Map.of("active", c.active(), "sleeping", c.sleeping(), "lost", c.lost(),
                "neverBought", c.neverBought(), "bySegment", c.bySegment()));
        Map<String, Object> cuts = new LinkedHashMap<>();
        cuts.put("recencyDaysAtMost", s.cuts().recencyDaysAtMost());
        cuts.put("frequencyFrom", s.cuts().frequencyFrom());
        cuts.put("monetaryFrom", s.cuts().monetaryFrom());
        cuts.put("abcAFrom", s.cuts().abcAFrom());
        cuts.put("abcBFrom", s.cuts().abcBFrom());
        body.put("cutPoints", cuts);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("customersRead", s.run().customersRead());
        run.put("readUnits", s.run().readUnits());
        run.put("scoresWritten", s.run().scoresWritten());
        run.put("skippedChanged", s.run().skippedChanged());
        body.put("job", run);
        return body;
    }

    /** One table Excel can pivot: the grid's 25 rows, then the three classes. */
    private static TableWriter csv(Optional<SegmentsSummary> found, ReportLanguage lang, TableWriter csv) {
        csv.header(List.of(lang.pick("раздел", "section"), "R", "F", lang.pick("класс", "class"),
                lang.pick("покупателей", "customers"), lang.pick("выручка", "revenue"),
                lang.pick("доля выручки, %", "revenue share, %"), lang.pick("на день", "as of")));
        if (found.isEmpty()) {
            csv.row(notYetMessage(lang));
            return csv;
        }
        SegmentsSummary s = found.get();
        for (SegmentsSummary.Cell cell : s.grid()) {
            csv.row("RF", cell.recency(), cell.frequency(), null, cell.customers(), cell.revenue(),
                    sharePercent(cell.revenue(), s), s.asOf());
        }
        for (SegmentsSummary.ClassTotal total : s.abc()) {
            csv.row("ABC", null, null, total.abc().name(), total.customers(), total.revenue(),
                    sharePercent(total.revenue(), s), s.asOf());
        }
        return csv;
    }

    /** Share of the scored customers' net spent, in percent with two decimals (a rate, not money); null when none. */
    private static BigDecimal sharePercent(BigDecimal revenue, SegmentsSummary s) {
        BigDecimal all = s.scoredRevenue();
        return all.signum() == 0 ? null : revenue.multiply(BigDecimal.valueOf(100)).divide(all, 2, RoundingMode.HALF_UP);
    }
}

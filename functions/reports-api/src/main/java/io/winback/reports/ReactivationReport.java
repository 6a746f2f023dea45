package io.winback.reports;

import io.winback.domain.PurchaseBand;
import io.winback.http.ApiReply;
import io.winback.report.ReportFormat;
import io.winback.report.ReportQuery;
import io.winback.http.report.ReportReplies;
import io.winback.report.reactivation.Economics;
import io.winback.report.reactivation.ReactivationTally;
import io.winback.report.reactivation.KeptFigures;
import io.winback.tasks.CountedCalls;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * {@code GET /v1/reports/reactivation?from=&to=&chain=&segment=}: the campaign results, treated against holdout, of
 * the episodes whose customers entered a chain from {@code from} to {@code to} (definitions in docs/reports.md, "Campaign
 * results"). Reads the figures kept for the period's days (one Query per month, never the episodes or touches: they
 * are counted as they change, {@link io.winback.report.reactivation.EpisodeFigures}), the chain configuration
 * (margin, configured average check), the shop's totals (real average check) and the call counters of the period's
 * days (one Query per month, never the tasks).
 */
final class ReactivationReport implements Report {
    private final KeptFigures figures;
    private final CountedCalls calls;
    private final Supplier<Economics> economics;

    ReactivationReport(KeptFigures figures, CountedCalls calls, Supplier<Economics> economics) {
        this.figures = figures;
        this.calls = calls;
        this.economics = economics;
    }

    @Override
    public ApiReply answer(ReportQuery query) {
        LocalDate from = query.requiredDate("from");
        LocalDate to = query.requiredDate("to");
        query.checkPeriod(from, to);
        String chain = query.text("chain");
        PurchaseBand band = band(query);
        query.checkLength(from, to, "a report");
        if (!query.isValid()) {
            return ApiReply.errors(400, query.errors());
        }
        ReactivationTally tally = new ReactivationTally(chain, band);
        figures.forEach(from, to, tally::addKept);
        calls.forEach(from, to, tally::addCalls);
        Economics economics = this.economics.get();
        ReactivationRows rows = ReactivationRows.of(tally, economics);
        if (query.format().isTable()) {
            return ReportReplies.download("reactivation-" + from + "-" + to,
                    ReactivationCsv.write(rows, economics, query.language(),
                            ReportReplies.table(query, "Возврат клиентов", "Reactivation")));
        }
        return ApiReply.ok(ReactivationJson.body(from, to, chain, band, rows, economics, query.language()));
    }

    private static PurchaseBand band(ReportQuery query) {
        String label = query.text("segment");
        if (label == null) {
            return null;
        }
        for (PurchaseBand band : PurchaseBand.values()) {
            if (band.label().equalsIgnoreCase(label)) {
                return band;
            }
        }
        query.reject("segment", "must be one of " + String.join(", ", Arrays.stream(PurchaseBand.values())
                .map(PurchaseBand::label).toList()) + ", was \"" + label + "\"");
        return null;
    }
}

package io.winback.reports;

import io.winback.report.ReportLanguage;
import io.winback.report.reactivation.Payback;
import io.winback.tasks.CallCounts;

import java.time.LocalDate;
import java.util.List;

/** Where the dashboard's numbers come from: the readers behind the campaign and segments reports. */
interface DashboardSources {
    /** The chains' results for everyone who entered in the period, in one read. */
    Campaign campaign(LocalDate from, LocalDate to, ReportLanguage language);

    /** The segments job's last result; null when it has never run. */
    Segments segments(ReportLanguage language);

    /** Which timing wakes customers and its backtest, in one sentence ({@link TimingWords}). */
    String timing(ReportLanguage language);

    /**
     * @param funnel        treated against holdout, all chains together; null when nobody entered a chain
     * @param chains        each chain's own funnel, by chain id; empty when nobody entered a chain
     * @param revenueByWeek revenue of purchases credited to treated episodes, by week (Monday first), oldest first
     * @param payback       every chain together in money; null when nobody entered a chain
     * @param calls         every chain's calls together
     * @param dataAsOf      the last day anything happened to the period's episodes; null when nothing did
     */
    record Campaign(DashboardData.Funnel funnel, List<DashboardData.ChainFunnel> chains,
                    List<ChartBar> revenueByWeek, Payback payback, CallCounts calls, LocalDate dataAsOf) {
    }

    /**
     * @param customers  customers who bought, by the chains' segment (1, 2-3, 4+, VIP)
     * @param standing   every customer by standing (active, sleeping, lost, never bought)
     * @param abcClasses scored customers per ABC class
     * @param rfmCounts  customers per cell, [frequency score − 1][recency score − 1]
     */
    record Segments(LocalDate asOf, List<ChartBar> customers, List<ChartBar> standing, List<ChartBar> abcClasses,
                    long[][] rfmCounts) {
    }

    /** The parts as the reports read them. */
    static DashboardSources of(CampaignDashboard campaign, SegmentsDashboard segments,
                               io.winback.sleep.TimingStore timing) {
        return new DashboardSources() {
            @Override
            public Campaign campaign(LocalDate from, LocalDate to, ReportLanguage language) {
                return campaign.read(from, to, language);
            }

            @Override
            public Segments segments(ReportLanguage language) {
                return segments.read(language);
            }

            @Override
            public String timing(ReportLanguage language) {
                // The decision and its evidence from one item, as the timing report reads them.
                return timing.report().map(report -> TimingWords.sentence(report.inForce(), report, language))
                        .orElseGet(() -> TimingWords.sentence(timing.current(), null, language));
            }
        };
    }
}

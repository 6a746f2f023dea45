package io.winback.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows, gathered from the reports it sums up; a section with nothing to show is null or empty
 * and the page says so in words.
 *
 * @param segmentsAsOf   the day the segments job last ran; null: never
 * @param customers      customers who bought, by segment (bars)
 * @param standing       every customer by standing
 * @param abcClasses     scored customers per ABC class
 * @param funnel         the chains' funnel, treated against holdout; null: nobody entered a chain in the period
 * @param chains         the same funnel of each chain apart, whatever starts it (sleep, birthday, refill, cross-sell),
 *                       by chain id; empty: nobody entered a chain
 * @param revenueByWeek  revenue of the purchases credited to treated episodes, by the week they were made
 * @param rfmCounts      customers per cell, [frequency score − 1][recency score − 1]; null: no segments yet
 */
record DashboardData(LocalDate from, LocalDate to, LocalDate segmentsAsOf, List<ChartBar> customers,
                     List<ChartBar> standing, List<ChartBar> abcClasses, Funnel funnel, List<ChainFunnel> chains,
                     List<ChartBar> revenueByWeek, long[][] rfmCounts) {

    /**
     * Entered → messaged → converted per group; the holdout is never messaged. The uplift, in percentage points, is
     * treated minus holdout conversion, with its 95 % interval; {@code verdict} says in words what it means.
     */
    record Funnel(long treatedEntered, long treatedMessaged, long treatedConverted, long holdoutEntered,
                  long holdoutConverted, BigDecimal upliftPoints, BigDecimal upliftLow, BigDecimal upliftHigh,
                  String verdict) {
    }

    /** One chain's funnel, as the campaign report's "all" row of that chain has it. */
    record ChainFunnel(String chain, Funnel funnel) {
    }
}

package io.winback.reports;

import io.winback.report.reactivation.Payback;
import io.winback.tasks.CallCounts;

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
 * @param payback        every chain together in money, the section the page opens with; null: nobody entered
 * @param calls          the calls every chain together asked staff to make, and how they ended
 * @param dataAsOf       the last day anything happened to the period's episodes (entered, a touch, a purchase);
 *                       null: nothing did. The page says so loudly when it is before the period's end.
 * @param currency       the shop's currency, as amounts are written ({@code RUB})
 */
record DashboardData(LocalDate from, LocalDate to, LocalDate segmentsAsOf, List<ChartBar> customers,
                     List<ChartBar> standing, List<ChartBar> abcClasses, Funnel funnel, List<ChainFunnel> chains,
                     List<ChartBar> revenueByWeek, long[][] rfmCounts, Payback payback, CallCounts calls,
                     LocalDate dataAsOf, String currency, String timing) {

    /** Without the sentence on the timing in force (the timing job has nothing to say). */
    DashboardData(LocalDate from, LocalDate to, LocalDate segmentsAsOf, List<ChartBar> customers,
                  List<ChartBar> standing, List<ChartBar> abcClasses, Funnel funnel, List<ChainFunnel> chains,
                  List<ChartBar> revenueByWeek, long[][] rfmCounts, Payback payback, CallCounts calls,
                  LocalDate dataAsOf, String currency) {
        this(from, to, segmentsAsOf, customers, standing, abcClasses, funnel, chains, revenueByWeek, rfmCounts, payback,
                calls, dataAsOf, currency, null);
    }

    /** The charts alone, without the money section (nothing in money to show). */
    DashboardData(LocalDate from, LocalDate to, LocalDate segmentsAsOf, List<ChartBar> customers,
                  List<ChartBar> standing, List<ChartBar> abcClasses, Funnel funnel, List<ChainFunnel> chains,
                  List<ChartBar> revenueByWeek, long[][] rfmCounts) {
        this(from, to, segmentsAsOf, customers, standing, abcClasses, funnel, chains, revenueByWeek, rfmCounts, null,
                CallCounts.NONE, null, "RUB");
    }

    /**
     * Entered → messaged → converted per group; the holdout is never messaged. The uplift, in percentage points, is
     * treated minus holdout conversion, with its 95 % interval; {@code verdict} says in words what it means.
     */
    record Funnel(long treatedEntered, long treatedMessaged, long treatedConverted, long holdoutEntered,
                  long holdoutConverted, BigDecimal upliftPoints, BigDecimal upliftLow, BigDecimal upliftHigh,
                  String verdict) {
    }

    /**
     * One chain's funnel, as the campaign report's "all" row of that chain has it, with its money and its calls.
     *
     * @param payback null when not worked out
     */
    record ChainFunnel(String chain, Funnel funnel, Payback payback, CallCounts calls) {
        ChainFunnel(String chain, Funnel funnel) {
            this(chain, funnel, null, CallCounts.NONE);
        }
    }
}

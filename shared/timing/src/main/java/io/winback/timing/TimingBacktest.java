package io.winback.timing;

import io.winback.sleep.ModelSleepRule;
import io.winback.sleep.BgNbd;
import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.PurchaseHistory;
import io.winback.sleep.TimingReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The model against recency and the playbook on the shop's own past ({@link BacktestCutoffs}). At each cutoff: a fit
 * on the histories as of the cutoff only (nothing after it is seen), the population of customers who bought in the
 * {@value #RECENT_DAYS} days up to it (the ones whose timing matters: anyone silent longer is asleep by any rule), the
 * outcome "no purchase in (cutoff, cutoff + {@value #WINDOW_DAYS} days]", and the three scores
 * ({@link CutoffScores}). The cutoffs pooled give the total the decision reads.
 */
public final class TimingBacktest {
    public static final int WINDOW_DAYS = 90;
    public static final int RECENT_DAYS = io.winback.sleep.ModelSleepRule.RECENT_DAYS;

    private TimingBacktest() {
    }

    /** @param cutoffs one per cutoff, oldest first; {@code total} pooled (its day the latest cutoff) */
    public record Result(List<TimingReport.Cutoff> cutoffs, TimingReport.Cutoff total) {
    }

    /** @param customers in key order (the model's ties at the playbook's volume go by it) */
    public static Result run(List<CustomerVisitDays> customers, LocalDate day, PlaybookSleep playbook, int sampleCap) {
        List<CutoffScores> scores = new ArrayList<>();
        List<TimingReport.Cutoff> figures = new ArrayList<>();
        for (LocalDate cutoff : BacktestCutoffs.before(day)) {
            CutoffScores at = scoresAt(customers, cutoff, playbook, sampleCap);
            scores.add(at);
            figures.add(at.figures());
        }
        return new Result(figures, CutoffScores.pooled(scores.get(scores.size() - 1).day(), scores).figures());
    }

    static CutoffScores scoresAt(List<CustomerVisitDays> customers, LocalDate cutoff, PlaybookSleep playbook,
                                 int sampleCap) {
        int c = Math.toIntExact(cutoff.toEpochDay());
        List<CustomerHistory> known = new ArrayList<>();
        for (CustomerVisitDays v : customers) {
            PurchaseHistory h = v.historyAsOf(c);
            if (h != null) {
                known.add(new CustomerHistory(v.key(), h));
            }
        }
        BgNbd model = BgNbdFit.of(known, sampleCap).model();
        List<CustomerVisitDays> population = customers.stream().filter(v -> isRecent(v, c)).toList();
        int n = population.size();
        double[] pNo = new double[n];
        double[] recency = new double[n];
        double[] lateness = new double[n];
        boolean[] lapsed = new boolean[n];
        for (int i = 0; i < n; i++) {
            CustomerVisitDays v = population.get(i);
            int silent = c - v.lastUpTo(c);
            int playbookDays = playbook.daysAsOf(v, c);
            pNo[i] = deployed(model.pNoPurchase(v.historyAsOf(c), WINDOW_DAYS), silent,
                    ModelSleepRule.floorDays(playbookDays));
            recency[i] = silent;
            lateness[i] = silent / (double) playbookDays;
            lapsed[i] = v.firstAfter(c) > c + WINDOW_DAYS;
        }
        return new CutoffScores(cutoff, pNo, recency, lateness, lapsed);
    }

    /**
     * The model's score as the card applies it: a customer silent less than the floor is asleep under no threshold
     * (below every probability), one silent {@link ModelSleepRule#LATEST_DAYS} or more under every one (above), in
     * between their chance of no purchase in the window. So "score at least the threshold" is exactly "asleep on the
     * card", and the backtest judges the rule deployed, not the bare score.
     */
    static double deployed(double pNoPurchase, int silent, int floorDays) {
        if (silent < floorDays) {
            return pNoPurchase - 1;
        }
        return silent >= ModelSleepRule.LATEST_DAYS ? pNoPurchase + 1 : pNoPurchase;
    }

    /** Whether {@code v} bought in the recent days up to {@code cutoff}: one the backtest scores there. */
    static boolean isRecent(CustomerVisitDays v, int cutoff) {
        int last = v.lastUpTo(cutoff);
        return last != CustomerVisitDays.NONE && cutoff - last < RECENT_DAYS;
    }
}

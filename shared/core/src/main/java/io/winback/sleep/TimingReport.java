package io.winback.sleep;

import java.util.List;

/**
 * What the timing job found on the shop's own history: the backtest at monthly cutoffs of the model against recency
 * and the playbook, and what was put in force (GET /v1/reports/timing).
 *
 * @param customers            customers with a purchase by the run's day
 * @param repeatCustomers      of them, with a purchase on a second day (what the model learns from)
 * @param fit                  the fit's figures; null when none was made
 * @param cutoffs              one per monthly cutoff, oldest first (empty when there was too little history)
 * @param total                the cutoffs pooled; null when there was no backtest
 */
public record TimingReport(TimingInForce inForce, long customers, long repeatCustomers, Fit fit,
                           List<Cutoff> cutoffs, Cutoff total) {
    /** Below this many customers with a repeat purchase the playbook stays (issue #26: a model needs repeat buyers). */
    public static final int MIN_REPEAT_CUSTOMERS = 300;

    public TimingReport {
        cutoffs = List.copyOf(cutoffs);
    }

    /** @param customersUsed the customers the fit read (a stable sample above its cap) */
    public record Fit(double r, double alpha, double a, double b, double logLikelihood, long customersUsed,
                      boolean converged) {
    }

    /**
     * One cutoff of the backtest: among customers who bought in the {@code recentDays} before it, who bought again in
     * the {@code windowDays} after; the AUC of each score at telling the lapsers ("no purchase in the window"), and at
     * the playbook's own volume (the number it flags) the lapsers each catches and the customers each flags who came
     * back anyway (bonuses wasted).
     *
     * @param day            the cutoff (for {@code total}: the latest)
     * @param modelAuc       null when everyone lapsed or everyone came back
     */
    public record Cutoff(java.time.LocalDate day, long scored, long lapsed, Double modelAuc, Double recencyAuc,
                         Double playbookAuc, long flagged, long modelCaught, long playbookCaught, long modelWasted,
                         long playbookWasted) {
    }
}

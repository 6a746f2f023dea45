package io.winback.timingjob;

import io.winback.log.JsonLog;
import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.SleepDayRefresh;
import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.sleep.TimingStore;
import io.winback.sleep.VisitDaysScan;
import io.winback.timing.TimingDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily timing run: every card's visit days (one projected scan), the decision and its backtest
 * ({@link TimingDecision}), both stored together, then every card's sleep day derived again under what is now in
 * force ({@link SleepDayRefresh}). Stored before the refresh: a refresh that fails part way is finished by a retry,
 * which decides the same (the decision is deterministic) and refreshes again.
 */
public final class TimingJob {
    private static final JsonLog LOG = JsonLog.forClass(TimingJob.class);
    private final VisitDaysScan cards;
    private final TimingStore store;
    private final TimingDecision decision;
    private final SleepDayRefresh refresh;

    public TimingJob(VisitDaysScan cards, TimingStore store, TimingDecision decision, SleepDayRefresh refresh) {
        this.cards = cards;
        this.store = store;
        this.decision = decision;
        this.refresh = refresh;
    }

    /** What the run stored, and how many sleep days the refresh rewrote. */
    public record Outcome(TimingReport report, long sleepDaysChanged) {
    }

    public Outcome run(LocalDate day, Instant now) {
        List<CustomerVisitDays> customers = new ArrayList<>();
        cards.forEach(customers::add);
        TimingReport report = decision.decide(customers, day, now);
        TimingInForce inForce = report.inForce();
        store.store(inForce, report);
        long changed = refresh.refreshAll(inForce);
        log(day, report, changed);
        return new Outcome(report, changed);
    }

    private static void log(LocalDate day, TimingReport report, long changed) {
        TimingReport.Cutoff total = report.total();
        TimingInForce inForce = report.inForce();
        LOG.info("timing_fitted", "day", day.toString(), "inForce", inForce.name(),
                "reason", inForce instanceof TimingInForce.Playbook p ? p.reason().wireName() : null,
                "threshold", inForce instanceof TimingInForce.Model m ? m.threshold() : null,
                "customers", report.customers(), "repeatCustomers", report.repeatCustomers(),
                "r", report.fit() == null ? null : report.fit().r(),
                "alpha", report.fit() == null ? null : report.fit().alpha(),
                "a", report.fit() == null ? null : report.fit().a(),
                "b", report.fit() == null ? null : report.fit().b(),
                "modelAuc", total == null ? null : total.modelAuc(),
                "recencyAuc", total == null ? null : total.recencyAuc(),
                "playbookAuc", total == null ? null : total.playbookAuc(),
                "flagged", total == null ? null : total.flagged(),
                "modelCaught", total == null ? null : total.modelCaught(),
                "playbookCaught", total == null ? null : total.playbookCaught(),
                "modelWasted", total == null ? null : total.modelWasted(),
                "playbookWasted", total == null ? null : total.playbookWasted(),
                "sleepDaysChanged", changed);
    }
}

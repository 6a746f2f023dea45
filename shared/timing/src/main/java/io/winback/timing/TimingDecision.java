package io.winback.timing;

import io.winback.sleep.BgNbd;
import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.PurchaseHistory;
import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingInForce.PlaybookReason;
import io.winback.sleep.TimingReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the timing job puts in force on day D, and its evidence. The rule, in order:
 * <ol>
 *   <li>fewer than {@value #MIN_REPEAT_CUSTOMERS} customers with a purchase on a second day by D: the playbook
 *       ({@code too_few_customers}), nothing fitted;</li>
 *   <li>the fit on everyone's history as of D (days) did not converge: the playbook ({@code no_fit});</li>
 *   <li>nobody bought in the {@value TimingBacktest#RECENT_DAYS} days before the oldest backtest cutoff (D-420):
 *       less than the year of cutoffs and their outcome windows, the playbook ({@code too_little_history});</li>
 *   <li>the backtest ({@link TimingBacktest}): the model goes in force only when its pooled AUC is strictly higher
 *       than the playbook's, with the threshold that keeps the playbook's monthly volume
 *       ({@link PlaybookVolumeThreshold}); otherwise the playbook ({@code no_gain}).</li>
 * </ol>
 * Pure and deterministic: the same customers on the same day give the same decision and report, whatever their order
 * (they are taken in key order; the fit is order-free and its sample picked by the keys' hash).
 */
public final class TimingDecision {
    /** Below this many customers with a repeat purchase the playbook stays. */
    public static final int MIN_REPEAT_CUSTOMERS = TimingReport.MIN_REPEAT_CUSTOMERS;

    private final PlaybookSleep playbook;
    private final int sampleCap;
    private final Long monthlyVolume;

    public TimingDecision(PlaybookSleep playbook) {
        this(playbook, null);
    }

    /** @param monthlyVolume customers the model should put to sleep a month; null: the playbook's volume */
    public TimingDecision(PlaybookSleep playbook, Long monthlyVolume) {
        this(playbook, BgNbdFit.SAMPLE_CAP, monthlyVolume);
    }

    TimingDecision(PlaybookSleep playbook, int sampleCap) {
        this(playbook, sampleCap, null);
    }

    /** @param sampleCap the fit's sample ({@link BgNbdFit#SAMPLE_CAP}; smaller in tests of a shop above it) */
    public TimingDecision(PlaybookSleep playbook, int sampleCap, Long monthlyVolume) {
        this.playbook = playbook;
        this.sampleCap = sampleCap;
        this.monthlyVolume = monthlyVolume;
    }

    /** How many customers the fit, the backtest and the threshold read at most. */
    public int sampleCap() {
        return sampleCap;
    }

    public TimingReport decide(List<CustomerVisitDays> given, LocalDate day, Instant now) {
        return decide(TimingSample.ofEveryone(day, given), now);
    }

    /**
     * The decision on what a (possibly sliced) read gathered. The fit, the backtest and the threshold read the fit's
     * stable sample (the lowest {@code sampleCap} hashes of the customers with a purchase by the day: everyone below
     * the cap); the counts are over every card.
     *
     * @throws IllegalArgumentException when the sample is not {@link TimingSample#complete complete}
     */
    public TimingReport decide(TimingSample gathered, Instant now) {
        if (!gathered.complete(sampleCap)) {
            throw new IllegalArgumentException("the kept customers may miss some of the sample: read again wider");
        }
        LocalDate day = gathered.day();
        int d = Math.toIntExact(day.toEpochDay());
        TimingSample.Counts counts = gathered.counts();
        long repeat = counts.repeatCustomers();
        if (repeat < MIN_REPEAT_CUSTOMERS) {
            return playbook(PlaybookReason.TOO_FEW_CUSTOMERS, day, now, counts.customers(), repeat, null, null);
        }
        List<CustomerVisitDays> sample = sampled(gathered.kept(), d);
        List<CustomerHistory> histories = sample.stream()
                .map(v -> new CustomerHistory(v.key(), v.historyAsOf(d))).toList();
        BgNbdFit fit = BgNbdFit.of(histories, sampleCap);
        TimingReport.Fit fitted = new TimingReport.Fit(fit.model().r(), fit.model().alpha(), fit.model().a(),
                fit.model().b(), fit.logLikelihood(), fit.customersUsed(), fit.converged());
        if (!fit.converged()) {
            return playbook(PlaybookReason.NO_FIT, day, now, counts.customers(), repeat, fitted, null);
        }
        if (counts.recentAtOldestCutoff() == 0) {
            return playbook(PlaybookReason.TOO_LITTLE_HISTORY, day, now, counts.customers(), repeat, fitted, null);
        }
        TimingBacktest.Result backtest = TimingBacktest.run(sample, day, playbook, sampleCap);
        TimingReport.Cutoff total = backtest.total();
        if (!beatsThePlaybook(total)) {
            return playbook(PlaybookReason.NO_GAIN, day, now, counts.customers(), repeat, fitted, backtest);
        }
        // A configured monthly volume is the whole shop's: the threshold is matched on the fit's sample, so the
        // target is scaled to the sample's share of the cards (all of them below the cap).
        double share = counts.customers() <= sampleCap ? 1 : (double) sample.size() / counts.cards();
        Long target = monthlyVolume == null ? null
                : Math.round(monthlyVolume * PlaybookVolumeThreshold.PERIODS * share);
        PlaybookVolumeThreshold.Matched matched = PlaybookVolumeThreshold.of(sample, day, fit.model(), playbook,
                target);
        double threshold = Math.min(matched.choice().threshold(), Math.nextDown(1.0));
        BgNbd m = fit.model();
        TimingInForce model = new TimingInForce.Model(m.r(), m.alpha(), m.a(), m.b(), threshold,
                TimingBacktest.WINDOW_DAYS, day, now);
        return new TimingReport(model, counts.customers(), repeat, fitted, backtest.cutoffs(), total);
    }

    /**
     * The model's pooled AUC above the playbook's lateness by more than {@link #MIN_GAIN}: a tie or a hair's breadth
     * keeps the playbook, so that a shop on the edge does not switch rules back and forth from one day to the next
     * (each switch moves every card's sleep day).
     */
    static boolean beatsThePlaybook(TimingReport.Cutoff total) {
        return total.modelAuc() != null && total.playbookAuc() != null
                && total.modelAuc() > total.playbookAuc() + MIN_GAIN;
    }

    /** The least gain in pooled AUC that puts the model in force. */
    static final double MIN_GAIN = 0.005;

    /**
     * The fit's stable sample of the customers with a purchase by day {@code d} (all of them below the cap), in key
     * order (the model's ties at the playbook's volume go by it): the backtest and the threshold read the same ones.
     */
    private List<CustomerVisitDays> sampled(List<CustomerVisitDays> kept, int d) {
        List<CustomerHistory> histories = new ArrayList<>();
        Map<String, CustomerVisitDays> byKey = new HashMap<>();
        for (CustomerVisitDays v : kept) {
            PurchaseHistory h = v.historyAsOf(d);
            if (h != null) {
                histories.add(new CustomerHistory(v.key(), h));
                byKey.put(v.key(), v);
            }
        }
        List<CustomerVisitDays> sample = new ArrayList<>();
        for (CustomerHistory h : StableSample.of(histories, sampleCap)) {
            sample.add(byKey.get(h.id()));
        }
        sample.sort(Comparator.comparing(CustomerVisitDays::key));
        return sample;
    }

    private static TimingReport playbook(PlaybookReason reason, LocalDate day, Instant now, long customers,
                                         long repeat, TimingReport.Fit fit, TimingBacktest.Result backtest) {
        return new TimingReport(new TimingInForce.Playbook(reason, day, now), customers, repeat, fit,
                backtest == null ? List.of() : backtest.cutoffs(), backtest == null ? null : backtest.total());
    }
}

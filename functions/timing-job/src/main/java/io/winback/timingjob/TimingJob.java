package io.winback.timingjob;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceJob;
import io.winback.fanout.SliceRead;
import io.winback.json.Json;
import io.winback.log.JsonLog;
import io.winback.sleep.SleepDayRefresh;
import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.sleep.TimingStore;
import io.winback.sleep.VisitDaysScan;
import io.winback.timing.TimingDecision;
import io.winback.timing.TimingSample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily timing run as a fanned-out job ({@link io.winback.fanout.FanOut}), never every card in one invocation:
 * <ol>
 *   <li>"sample" passes: each slice reads its cards' visit days and keeps the counts the decision reads over everyone
 *       and the customers whose sample hash is within the run's bound ({@link TimingSample}); the merge decides on
 *       them ({@link TimingDecision}: the fit, the backtest and the threshold on the stable sample, exactly the
 *       customers one read of every card would sample) and stores the decision with its report. A bound that proves
 *       too narrow (the table's estimate was stale) makes the merge read the cards again with a wider one.</li>
 *   <li>the "refresh" pass: each slice derives its cards' sleep days again under what is in force and rewrites those
 *       that moved, conditioned on the version read ({@link SleepDayRefresh}); the merge is the run's reply.</li>
 * </ol>
 * Stored before the refresh: a run that dies in the refresh is finished by the slices SQS delivers again, and a rerun
 * of the day decides the same (the decision is deterministic) and refreshes again.
 */
public final class TimingJob implements SliceJob {
    public static final String NAME = "timing";
    private static final JsonLog LOG = JsonLog.forClass(TimingJob.class);
    private static final String SAMPLE = "sample";
    private static final String REFRESH = "refresh";
    private final VisitDaysScan cards;
    private final TimingStore store;
    private final TimingDecision decision;
    private final SleepDayRefresh refresh;
    private final SliceBudget budget;

    public TimingJob(VisitDaysScan cards, TimingStore store, TimingDecision decision, SleepDayRefresh refresh,
                     SliceBudget budget) {
        this.cards = cards;
        this.store = store;
        this.decision = decision;
        this.refresh = refresh;
        this.budget = budget;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The first pass's state: the day decided, the run's instant and the sample's bound. */
    public static String firstState(LocalDate day, Instant now, long bound) {
        return sampleState(day.toString(), now.toString(), bound, 0);
    }

    private static String sampleState(String day, String at, long bound, double units) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("phase", SAMPLE);
        state.put("day", day);
        state.put("at", at);
        state.put("bound", bound);
        state.put("units", units);
        return Json.write(state);
    }

    @Override
    public Worked work(Slice slice, String state) {
        JsonNode s = Json.readOwn(state);
        if (SAMPLE.equals(s.path("phase").asText())) {
            TimingSample sample = new TimingSample(LocalDate.parse(s.path("day").asText()), s.path("bound").asLong());
            SliceRead read = cards.slice(slice, budget, sample::add);
            return new Worked(TimingJson.samplePartial(read.readUnits(), sample), read.next());
        }
        // What is in force now: this run's decision, or a later run's, which the cards should have all the same.
        SleepDayRefresh.Refreshed refreshed = refresh.refresh(slice, budget, store.current());
        Map<String, Object> partial = new LinkedHashMap<>();
        partial.put("units", refreshed.read().readUnits());
        partial.put("rewritten", refreshed.rewritten());
        partial.put("changedMeanwhile", refreshed.changedMeanwhile());
        return new Worked(Json.write(partial), refreshed.read().next());
    }

    @Override
    public Merged merge(int pass, String state, List<String> partials) {
        JsonNode s = Json.readOwn(state);
        String at = s.path("at").asText();
        double units = s.path("units").asDouble();
        if (SAMPLE.equals(s.path("phase").asText())) {
            TimingSample all = new TimingSample(LocalDate.parse(s.path("day").asText()), s.path("bound").asLong());
            for (String partial : partials) {
                units += TimingJson.absorbSample(partial, all);
            }
            if (!all.complete(decision.sampleCap())) {
                long wider = TimingSample.widened(all, decision.sampleCap());
                LOG.info("timing_sample_widened", "day", s.path("day").asText(), "kept", all.kept().size(),
                        "customers", all.counts().customers(), "bound", all.bound(), "wider", wider);
                return Merged.nextPass(sampleState(s.path("day").asText(), at, wider, units));
            }
            TimingReport report = decision.decide(all, Instant.parse(at));
            store.store(report.inForce(), report);
            log(report, all.counts().cards(), partials.size());
            Map<String, Object> next = new LinkedHashMap<>();
            next.put("phase", REFRESH);
            next.put("at", at);
            next.put("units", units);
            next.put("reply", reply(report));
            return Merged.nextPass(Json.write(next));
        }
        long rewritten = 0;
        long changedMeanwhile = 0;
        for (String partial : partials) {
            JsonNode p = Json.readOwn(partial);
            units += p.path("units").asDouble();
            rewritten += p.path("rewritten").asLong();
            changedMeanwhile += p.path("changedMeanwhile").asLong();
        }
        Map<String, Object> result = Json.mapper().convertValue(s.path("reply"),
                new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
        result.put("sleepDaysChanged", rewritten);
        result.put("readUnits", units);
        LOG.info("sleep_days_refreshed", "timing", result.get("inForce"), "rewritten", rewritten,
                "changedMeanwhile", changedMeanwhile, "readUnits", units, "slices", partials.size());
        return Merged.result(Json.write(result));
    }

    /** The run's reply (as the scheduler and the local runner see it), without the refresh's figures. */
    private static Map<String, Object> reply(TimingReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", report.inForce().asOf().toString());
        out.put("inForce", report.inForce().name());
        if (report.inForce() instanceof TimingInForce.Playbook playbook) {
            out.put("reason", playbook.reason().wireName());
        }
        out.put("customers", report.customers());
        out.put("repeatCustomers", report.repeatCustomers());
        if (report.total() != null) {
            out.put("modelAuc", report.total().modelAuc());
            out.put("playbookAuc", report.total().playbookAuc());
        }
        return out;
    }

    private static void log(TimingReport report, long cardsRead, int slices) {
        TimingReport.Cutoff total = report.total();
        TimingInForce inForce = report.inForce();
        LOG.info("timing_fitted", "day", inForce.asOf().toString(), "inForce", inForce.name(),
                "reason", inForce instanceof TimingInForce.Playbook p ? p.reason().wireName() : null,
                "threshold", inForce instanceof TimingInForce.Model m ? m.threshold() : null,
                "cardsRead", cardsRead, "slices", slices,
                "customers", report.customers(), "repeatCustomers", report.repeatCustomers(),
                "r", report.fit() == null ? null : report.fit().r(),
                "alpha", report.fit() == null ? null : report.fit().alpha(),
                "a", report.fit() == null ? null : report.fit().a(),
                "b", report.fit() == null ? null : report.fit().b(),
                "customersUsed", report.fit() == null ? null : report.fit().customersUsed(),
                "modelAuc", total == null ? null : total.modelAuc(),
                "recencyAuc", total == null ? null : total.recencyAuc(),
                "playbookAuc", total == null ? null : total.playbookAuc(),
                "flagged", total == null ? null : total.flagged(),
                "modelCaught", total == null ? null : total.modelCaught(),
                "playbookCaught", total == null ? null : total.playbookCaught(),
                "modelWasted", total == null ? null : total.modelWasted(),
                "playbookWasted", total == null ? null : total.playbookWasted());
    }
}

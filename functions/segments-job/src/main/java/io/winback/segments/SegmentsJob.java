package io.winback.segments;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.ScoreStore;
import io.winback.domain.Standing;
import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceJob;
import io.winback.fanout.SliceRead;
import io.winback.json.Json;
import io.winback.log.JsonLog;
import io.winback.report.SegmentsSummary;
import io.winback.report.SegmentsSummaryStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily RFM/ABC run as a fanned-out job ({@link io.winback.fanout.FanOut}): two passes over the customers, each
 * cut into slices of a bounded read, never all customers in one invocation nor in memory. Pass 1's slices build
 * histograms of recency, frequency and net spent; merged, they give the day's cut points ({@link Scoring}), exactly
 * those of one scan (histograms add up). Pass 2's slices score each customer, write the scores that changed (on the
 * version read: a slice worked twice finds them written and writes nothing) and tally the summary; merged, the
 * tallies are the summary the report reads. A customer who changes between the read and the write keeps the change
 * and is scored on the next run.
 */
public final class SegmentsJob implements SliceJob {
    public static final String NAME = "segments";
    private static final JsonLog LOG = JsonLog.forClass(SegmentsJob.class);
    private final ScoreStore customers;
    private final SegmentsSummaryStore summaries;
    private final Standing.Policy standing;
    private final SliceBudget budget;

    public SegmentsJob(ScoreStore customers, SegmentsSummaryStore summaries, Standing.Policy standing,
                       SliceBudget budget) {
        this.customers = customers;
        this.summaries = summaries;
        this.standing = standing;
        this.budget = budget;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The first pass's state: the day scored and the run's instant. */
    public static String firstState(LocalDate day, Instant now) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("day", day.toString());
        state.put("at", now.toString());
        return Json.write(state);
    }

    @Override
    public Worked work(Slice slice, String state) {
        JsonNode s = Json.readOwn(state);
        if (slice.pass() == 1) {
            FirstPass first = new FirstPass(LocalDate.parse(s.path("day").asText()), standing);
            SliceRead read = customers.slice(slice, budget, first::add);
            return new Worked(partial(read, first.partial()), read.next());
        }
        SecondPass second = new SecondPass(Scoring.of(s, standing), customers);
        SliceRead read = customers.slice(slice, budget, second::add);
        return new Worked(partial(read, second.partial()), read.next());
    }

    private static String partial(SliceRead read, String tallies) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("units", read.readUnits());
        out.put("tallies", tallies);
        return Json.write(out);
    }

    @Override
    public Merged merge(int pass, String state, List<String> partials) {
        JsonNode s = Json.readOwn(state);
        Instant at = Instant.parse(s.path("at").asText());
        double units = 0;
        if (pass == 1) {
            FirstPass all = new FirstPass(LocalDate.parse(s.path("day").asText()), standing);
            for (String partial : partials) {
                JsonNode p = Json.readOwn(partial);
                units += p.path("units").asDouble();
                all.absorb(p.path("tallies").asText());
            }
            return Merged.nextPass(all.scoring().state(at, units));
        }
        SecondPass all = new SecondPass(Scoring.of(s, standing), customers);
        for (String partial : partials) {
            JsonNode p = Json.readOwn(partial);
            units += p.path("units").asDouble();
            all.absorb(p.path("tallies").asText());
        }
        SegmentsSummary summary = all.summary(at, s.path("firstUnits").asDouble() + units);
        summaries.save(summary);
        LOG.info("segments_computed", "day", summary.asOf().toString(), "customers", summary.run().customersRead(),
                "scored", summary.scoredCustomers(), "scoresWritten", summary.run().scoresWritten(),
                "skippedChanged", summary.run().skippedChanged(), "readUnits", summary.run().readUnits(),
                "slices", partials.size());
        return Merged.result(Json.write(outcome(summary)));
    }

    /** The job's reply and result: the day and what it read and wrote. */
    static Map<String, Object> outcome(SegmentsSummary summary) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", summary.asOf().toString());
        out.put("customersRead", summary.run().customersRead());
        out.put("scoredCustomers", summary.scoredCustomers());
        out.put("scoresWritten", summary.run().scoresWritten());
        out.put("skippedChanged", summary.run().skippedChanged());
        out.put("readUnits", summary.run().readUnits());
        return out;
    }
}

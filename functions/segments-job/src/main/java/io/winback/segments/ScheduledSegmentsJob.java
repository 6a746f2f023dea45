package io.winback.segments;

import io.winback.report.SegmentsSummary;
import io.winback.time.ScheduledDay;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The job as the scheduler runs it: the day read off the event in the shop's zone, the outcome as the reply. */
final class ScheduledSegmentsJob {
    private final SegmentsJob job;
    private final ZoneId shopZone;
    private final Clock clock;

    ScheduledSegmentsJob(SegmentsJob job, ZoneId shopZone, Clock clock) {
        this.job = job;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    Map<String, Object> run(Map<String, Object> event) {
        return outcome(job.run(ScheduledDay.of(event, shopZone), clock.instant()));
    }

    private static Map<String, Object> outcome(SegmentsSummary summary) {
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

package io.winback.timingjob;

import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.time.ScheduledDay;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The job as the scheduler runs it: the day read off the event in the shop's zone, the outcome as the reply. */
final class ScheduledTimingJob {
    private final TimingJob job;
    private final ZoneId shopZone;
    private final Clock clock;

    ScheduledTimingJob(TimingJob job, ZoneId shopZone, Clock clock) {
        this.job = job;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    Map<String, Object> run(Map<String, Object> event) {
        TimingJob.Outcome outcome = job.run(ScheduledDay.of(event, shopZone), clock.instant());
        TimingReport report = outcome.report();
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
        out.put("sleepDaysChanged", outcome.sleepDaysChanged());
        return out;
    }
}

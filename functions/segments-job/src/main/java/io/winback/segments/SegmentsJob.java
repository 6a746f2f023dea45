package io.winback.segments;

import io.winback.domain.ScoreStore;
import io.winback.domain.Standing;
import io.winback.log.JsonLog;
import io.winback.report.SegmentsSummary;
import io.winback.report.SegmentsSummaryStore;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily RFM/ABC run: two scans of the customers, never all of them in memory. The first builds histograms and
 * from them the day's cut points; the second scores each customer, writes the scores that changed, and adds up the
 * summary the report reads. Reads cost two scans of the table (proportional to the customers); writes follow the
 * customers whose scores moved. Running it twice writes nothing the second time; a customer who changes between the
 * scan and the write keeps the change and is scored on the next run.
 */
public final class SegmentsJob {
    private static final JsonLog LOG = JsonLog.forClass(SegmentsJob.class);
    private final ScoreStore customers;
    private final SegmentsSummaryStore summaries;
    private final Standing.Policy standing;

    public SegmentsJob(ScoreStore customers, SegmentsSummaryStore summaries, Standing.Policy standing) {
        this.customers = customers;
        this.summaries = summaries;
        this.standing = standing;
    }

    public SegmentsSummary run(LocalDate day, Instant now) {
        FirstPass first = new FirstPass(day, standing);
        double firstUnits = customers.forEach(first::add);
        SecondPass second = new SecondPass(first.scoring(), customers);
        double secondUnits = customers.forEach(second::add);
        SegmentsSummary summary = second.summary(now, firstUnits + secondUnits);
        summaries.save(summary);
        LOG.info("segments_computed", "day", day.toString(), "customers", summary.run().customersRead(),
                "scored", summary.scoredCustomers(), "scoresWritten", summary.run().scoresWritten(),
                "skippedChanged", summary.run().skippedChanged(), "readUnits", summary.run().readUnits());
        return summary;
    }
}

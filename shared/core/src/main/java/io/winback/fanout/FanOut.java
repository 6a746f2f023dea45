package io.winback.fanout;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The one mechanism by which a whole-base job runs past a single invocation. {@link #start} (the coordinator)
 * records the first pass's state and sends the first slice of every segment; {@link #work} (one invocation per slice)
 * works a slice unless its outcome is already recorded, records it (the first outcome stands), and either sends the
 * continuation or marks its segment finished. The invocation that finds every segment of a pass finished merges the
 * pass's partials and begins the next pass (or records the result). A slice delivered twice redoes nothing recorded;
 * a crash anywhere is resumed by SQS's redelivery of the slice being worked (every step is conditional or idempotent,
 * so the worst case is one pass begun twice, whose slices find each other's records).
 */
public final class FanOut {
    private final SliceJob job;
    private final SliceLedger ledger;
    private final SliceQueue queue;
    private final Clock clock;

    public FanOut(SliceJob job, SliceLedger ledger, SliceQueue queue, Clock clock) {
        this.job = job;
        this.ledger = ledger;
        this.queue = queue;
        this.clock = clock;
    }

    /** Starts run {@code run} over {@code segments} segments with the first pass's {@code state}. */
    public void start(String run, int segments, String state) {
        ledger.beginPass(job.name(), run, 1, segments, state, clock.instant());
        queue.send(Slice.starts(job.name(), run, 1, segments));
    }

    /** Works one delivered slice (see the class comment). */
    public void work(Slice slice) {
        if (!slice.job().equals(job.name())) {
            throw new IllegalArgumentException("slice of job " + slice.job() + " delivered to " + job.name());
        }
        SliceJob.Worked outcome = ledger.recorded(slice).orElse(null);
        if (outcome == null) {
            String state = ledger.state(slice.job(), slice.run(), slice.pass()).orElseThrow(
                    () -> new IllegalStateException("slice of a pass never begun: " + slice));
            outcome = ledger.record(slice, job.work(slice, state));
        }
        if (outcome.next() != null) {
            queue.send(List.of(slice.continuation(outcome.next())));
            return;
        }
        if (ledger.finishSegment(slice) == slice.segments()) {
            finishPass(slice);
        }
    }

    private void finishPass(Slice last) {
        String state = ledger.state(last.job(), last.run(), last.pass()).orElseThrow();
        SliceJob.Merged merged = job.merge(last.pass(), state,
                ledger.partials(last.job(), last.run(), last.pass()));
        if (merged.finished()) {
            ledger.finish(last.job(), last.run(), merged.state(), clock.instant());
            return;
        }
        int next = last.pass() + 1;
        ledger.beginPass(last.job(), last.run(), next, last.segments(), merged.state(), clock.instant());
        queue.send(Slice.starts(last.job(), last.run(), next, last.segments()));
    }

    /** The run's result, once its last pass is merged. */
    public Optional<String> result(String run) {
        return ledger.result(job.name(), run);
    }
}

package io.winback.fanout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a fan-out run has done, kept where every invocation sees it: each pass's state, each slice's outcome (the
 * first one recorded stands), the segments of a pass that are finished, and the result. Every write is conditional or
 * idempotent, so a slice delivered twice, or two invocations finishing a pass at once, record one outcome.
 */
public interface SliceLedger {
    /** Records pass {@code pass}'s state unless one stands; returns the one that stands. */
    String beginPass(String job, String run, int pass, int segments, String state, Instant at);

    /** Pass {@code pass}'s state; empty before it began. */
    Optional<String> state(String job, String run, int pass);

    /** The outcome recorded for {@code slice}, if any. */
    Optional<SliceJob.Worked> recorded(Slice slice);

    /** Records {@code worked} for {@code slice} unless an outcome stands; returns the one that stands. */
    SliceJob.Worked record(Slice slice, SliceJob.Worked worked);

    /** Marks the slice's segment finished for its pass (idempotent); how many of the pass's segments are. */
    int finishSegment(Slice slice);

    /** Every partial recorded for the pass. */
    List<String> partials(String job, String run, int pass);

    /** Records the job's result unless one stands; returns the one that stands. */
    String finish(String job, String run, String result, Instant at);

    /** The job's result; empty until its last pass is merged. */
    Optional<String> result(String job, String run);
}

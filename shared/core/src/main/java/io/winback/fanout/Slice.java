package io.winback.fanout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One bounded piece of a whole-base job: pass {@code pass} of run {@code run} of job {@code job}, over parallel-scan
 * segment {@code segment} of {@code segments}, from {@code cursor} (null: the segment's start), the {@code seq}-th
 * slice of that segment. The same slice always carries the same identity, so a redelivered one finds what the first
 * delivery recorded ({@link SliceLedger}).
 */
public record Slice(String job, String run, int pass, int segment, int segments, int seq, String cursor) {
    public Slice {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(run, "run");
        if (pass < 1 || segments < 1 || segment < 0 || segment >= segments || seq < 0) {
            throw new IllegalArgumentException("slice out of range: pass " + pass + ", segment " + segment + " of "
                    + segments + ", seq " + seq);
        }
    }

    /** The first slice of every segment of {@code pass}. */
    public static List<Slice> starts(String job, String run, int pass, int segments) {
        List<Slice> starts = new ArrayList<>(segments);
        for (int segment = 0; segment < segments; segment++) {
            starts.add(new Slice(job, run, pass, segment, segments, 0, null));
        }
        return starts;
    }

    /** The slice that carries on the segment from {@code next}. */
    public Slice continuation(String next) {
        return new Slice(job, run, pass, segment, segments, seq + 1, Objects.requireNonNull(next, "next"));
    }
}

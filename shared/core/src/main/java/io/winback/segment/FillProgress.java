package io.winback.segment;

import java.time.Instant;

/**
 * How far the fill of a version of the segment definitions has come: per part, the cursor it reached and the
 * customers it evaluated. A page moves its part on only from the cursor it started at, so a page delivered twice is
 * counted once and its continuation queued once.
 */
public interface FillProgress {

    /** Records that the fill of {@code configurationVersion} starts in {@code parts} parts (again: no change). */
    void start(int configurationVersion, int parts, Instant at);

    /**
     * Moves the part on from {@code from} (null: its start) to {@code to} (null: done), counting {@code evaluated};
     * false when the part is not at {@code from} any more (the page was done already).
     */
    boolean advance(int configurationVersion, int part, String from, String to, int evaluated, Instant at);

    /** The fill's progress; {@link Progress#NONE} when it never started. */
    Progress of(int configurationVersion);

    record Progress(int parts, int partsDone, long evaluated, Instant startedAt, Instant finishedAt) {
        public static final Progress NONE = new Progress(0, 0, 0, null, null);

        public boolean done() {
            return parts > 0 && partsDone == parts;
        }
    }
}

package io.winback.fanout;

import java.util.List;

/**
 * A whole-base job cut into slices ({@link FanOut}): each pass reads every customer once, slice by slice, each
 * slice leaving a partial result; when the pass's last slice is done, the partials are merged into the state the
 * next pass works with, or into the job's result. Partials and states are the job's own text (JSON); the fan-out
 * only stores and hands them back.
 */
public interface SliceJob {
    /** The name slices and records carry. */
    String name();

    /**
     * Works one slice: reads at most its budget from {@code slice.cursor()} on, does the pass's writes (which must be
     * safe to do twice: a slice can be delivered twice), and returns its partial and where the segment goes on.
     */
    Worked work(Slice slice, String state);

    /** The pass's partials (one per slice, in no particular order) merged: the next pass's state, or the result. */
    Merged merge(int pass, String state, List<String> partials);

    /** What a slice leaves: its partial, and the cursor to carry on from (null: its segment is finished). */
    record Worked(String partial, String next) {
    }

    /** A pass's merge: the state of pass {@code pass + 1}, or ({@code finished}) the job's result. */
    record Merged(String state, boolean finished) {
        public static Merged nextPass(String state) {
            return new Merged(state, false);
        }

        public static Merged result(String result) {
            return new Merged(result, true);
        }
    }
}

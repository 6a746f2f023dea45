package io.winback.sleep;

import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceRead;

/**
 * After the timing job puts a new {@link TimingInForce} in force, every card's stored sleep day (the attribute the
 * daily check's sparse index reads) is derived again under it and rewritten where it changed.
 */
public interface SleepDayRefresh {

    /** @return how many cards' sleep days changed and were rewritten */
    long refreshAll(TimingInForce inForce);

    /**
     * The cards of one slice of the base (the fanned-out job's second pass), each rewritten where its day changed,
     * conditioned on the version read (a slice worked twice finds the days written and rewrites nothing). A refresh
     * that reads no slices of its own refreshes everything in the first slice of segment 0, and nothing in the others.
     */
    default Refreshed refresh(Slice slice, SliceBudget budget, TimingInForce inForce) {
        long rewritten = slice.segment() == 0 && slice.seq() == 0 ? refreshAll(inForce) : 0;
        return new Refreshed(new SliceRead(null, 0, 0), rewritten, 0);
    }

    /** What a slice's refresh read, how many days it rewrote and how many cards changed before their rewrite. */
    record Refreshed(SliceRead read, long rewritten, long changedMeanwhile) {
    }
}

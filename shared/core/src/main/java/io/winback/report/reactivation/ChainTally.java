package io.winback.report.reactivation;

import io.winback.tasks.CallCounts;

import java.util.Map;
import java.util.TreeMap;

/**
 * One chain's groups: for the whole chain, and for each step (0-based index); and the calls its steps asked staff to
 * make (all treated: the holdout is never called), summed from the call counters.
 */
public final class ChainTally {
    private CallCounts calls = CallCounts.NONE;
    private final Map<Integer, CallCounts> stepCalls = new TreeMap<>();
    private final GroupTally treated = new GroupTally();
    private final GroupTally holdout = new GroupTally();
    private final Map<Integer, GroupTally> treatedSteps = new TreeMap<>();
    private final Map<Integer, GroupTally> holdoutSteps = new TreeMap<>();

    GroupTally total(boolean isHoldout) {
        return isHoldout ? holdout : treated;
    }

    GroupTally step(int step, boolean isHoldout) {
        treatedSteps.computeIfAbsent(step, s -> new GroupTally());
        holdoutSteps.computeIfAbsent(step, s -> new GroupTally());
        return (isHoldout ? holdoutSteps : treatedSteps).get(step);
    }

    void call(int step, CallCounts counts) {
        calls = calls.plus(counts);
        stepCalls.merge(step, counts, CallCounts::plus);
    }

    /** The calls of the whole chain: opened, and how each closed one ended. */
    public CallCounts calls() {
        return calls;
    }

    /** The calls {@code step} opened; none when it opened none. */
    public CallCounts callsAt(int step) {
        return stepCalls.getOrDefault(step, CallCounts.NONE);
    }

    public GroupTally treated() {
        return treated;
    }

    public GroupTally holdout() {
        return holdout;
    }

    /** The steps anyone reached or was deferred at, in order. */
    public Iterable<Integer> steps() {
        return treatedSteps.keySet();
    }

    public GroupTally treatedAt(int step) {
        return treatedSteps.get(step);
    }

    public GroupTally holdoutAt(int step) {
        return holdoutSteps.get(step);
    }
}

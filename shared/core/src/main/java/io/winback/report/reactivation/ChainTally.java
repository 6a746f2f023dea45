package io.winback.report.reactivation;

import java.util.Map;
import java.util.TreeMap;

/** One chain's groups: for the whole chain, and for each step (0-based index). */
public final class ChainTally {
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

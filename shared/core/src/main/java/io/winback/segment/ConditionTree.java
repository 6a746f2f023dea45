package io.winback.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a condition tree names, leaf by leaf: the segments it is about, the purchases it looks at. */
public final class ConditionTree {
    private ConditionTree() {
    }

    /** Every leaf of {@code condition}, in the order written; none for a static list's null. */
    public static List<Condition> leaves(Condition condition) {
        List<Condition> leaves = new ArrayList<>();
        collect(condition, leaves);
        return leaves;
    }

    /** The segments {@code condition} names through {@code inSegment}, in the order written. */
    public static Set<String> segmentsNamed(Condition condition) {
        Set<String> named = new LinkedHashSet<>();
        for (Condition leaf : leaves(condition)) {
            if (leaf instanceof Condition.InSegment in) {
                named.add(in.segmentId());
            }
        }
        return named;
    }

    private static void collect(Condition condition, List<Condition> leaves) {
        switch (condition) {
            case null -> {
            }
            case Condition.All all -> all.conditions().forEach(part -> collect(part, leaves));
            case Condition.Any any -> any.conditions().forEach(part -> collect(part, leaves));
            case Condition.Not not -> collect(not.condition(), leaves);
            default -> leaves.add(condition);
        }
    }
}

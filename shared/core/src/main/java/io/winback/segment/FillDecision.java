package io.winback.segment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the fill of a new version of the definitions does for one customer, decided without reading what is stored of
 * them. What is stored is what the versions before ({@code baselines}: from the one just before back to the last whose
 * fill finished, so any of them may be what a customer was last evaluated against) made of the customer, kept current
 * since by the stream and the flip days. So the fill evaluates the customer against the new version and each baseline
 * in memory: where they agree nothing is read or written (most of the base, for one segment added or edited); where
 * the new version differs from a baseline that all agree on, the difference is written on the assumption that the
 * record holds the baselines' answer, and the store refuses it when it does not ({@link ReadFirst} then).
 */
public sealed interface FillDecision {

    /** The new version answers as the ones before, and its next flip day comes no earlier. */
    record Nothing() implements FillDecision {
    }

    /**
     * Segments joined or left (never both: one update of the record's set cannot add and take away), and the flip day
     * to set unless the stored one is on or before it (null: none to set).
     */
    record Write(Set<String> joined, Set<String> left, LocalDate flipNoLaterThan) implements FillDecision {
        public Write {
            joined = Set.copyOf(joined);
            left = Set.copyOf(left);
        }

        public boolean changesMemberships() {
            return !joined.isEmpty() || !left.isEmpty();
        }
    }

    /** What is stored must be read to decide (the baselines disagree, or a change both joins and leaves). */
    record ReadFirst() implements FillDecision {
    }

    /**
     * Whether customers can be decided unread between {@code next} and {@code baselines}: there is a baseline, no
     * dynamic segment names a static list (its members are known only from what is stored), no static list of a
     * baseline is gone (its members must leave it, and only the stored record says who they are), and no segment
     * changed between dynamic and static.
     */
    static boolean possible(SegmentConfiguration next, List<SegmentConfiguration> baselines) {
        if (baselines.isEmpty()) {
            return false;
        }
        for (SegmentConfiguration configuration : concat(next, baselines)) {
            for (SegmentDefinition segment : configuration.dynamic()) {
                for (String named : ConditionTree.segmentsNamed(segment.conditions())) {
                    if (configuration.find(named).map(SegmentDefinition::isStatic).orElse(false)) {
                        return false;
                    }
                }
            }
        }
        for (SegmentConfiguration baseline : baselines) {
            for (SegmentDefinition segment : baseline.segments()) {
                var now = next.find(segment.id());
                if (segment.isStatic() && now.isEmpty()) {
                    return false;
                }
                if (now.isPresent() && now.get().isStatic() != segment.isStatic()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The decision for the customer of {@code facts} (gathered for the purchases {@code next} and every baseline need,
     * with no static list: none of them reads one when {@link #possible}).
     */
    static FillDecision of(SegmentConfiguration next, List<SegmentConfiguration> baselines, CustomerFacts facts) {
        SegmentEvaluation now = SegmentEvaluation.of(next, facts);
        Set<String> is = dynamicMembers(next, now);
        Set<String> was = null;
        LocalDate latestBaselineFlip = null;
        boolean someBaselineHasNoFlip = false;
        for (SegmentConfiguration baseline : baselines) {
            SegmentEvaluation then = SegmentEvaluation.of(baseline, facts);
            Set<String> members = dynamicMembers(baseline, then);
            if (was != null && !was.equals(members)) {
                return new ReadFirst();
            }
            was = members;
            if (then.nextFlip() == null) {
                someBaselineHasNoFlip = true;
            } else if (latestBaselineFlip == null || then.nextFlip().isAfter(latestBaselineFlip)) {
                latestBaselineFlip = then.nextFlip();
            }
        }
        Objects.requireNonNull(was, "a fill decided unread needs a baseline");
        Set<String> joined = new HashSet<>(is);
        joined.removeAll(was);
        Set<String> left = new HashSet<>(was);
        left.removeAll(is);
        if (!joined.isEmpty() && !left.isEmpty()) {
            return new ReadFirst();
        }
        // Written when the new day comes before what any baseline may have stored; the store keeps an earlier one.
        LocalDate flip = now.nextFlip() != null && (someBaselineHasNoFlip || now.nextFlip().isBefore(latestBaselineFlip))
                ? now.nextFlip() : null;
        return joined.isEmpty() && left.isEmpty() && flip == null ? new Nothing() : new Write(joined, left, flip);
    }

    private static Set<String> dynamicMembers(SegmentConfiguration configuration, SegmentEvaluation evaluation) {
        Set<String> members = new HashSet<>();
        for (SegmentDefinition segment : configuration.dynamic()) {
            if (evaluation.members().contains(segment.id())) {
                members.add(segment.id());
            }
        }
        return members;
    }

    private static List<SegmentConfiguration> concat(SegmentConfiguration next, List<SegmentConfiguration> baselines) {
        List<SegmentConfiguration> all = new java.util.ArrayList<>(baselines);
        all.add(next);
        return all;
    }
}

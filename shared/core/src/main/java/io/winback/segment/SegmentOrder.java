package io.winback.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order one pass evaluates segments in: each after every segment its conditions name ({@code inSegment}), and
 * otherwise as given (stable, so an edit moves nothing it need not). Segments that name each other round a cycle
 * have no such order: {@link #cycle} finds one to tell the marketer.
 */
public final class SegmentOrder {
    private SegmentOrder() {
    }

    /**
     * {@code segments} ordered so that each comes after the ones it names; a name of a segment not in the list is
     * left for the reader to refuse and does not order anything.
     *
     * @throws IllegalArgumentException when segments name each other round a cycle
     */
    public static List<SegmentDefinition> of(List<SegmentDefinition> segments) {
        Map<String, SegmentDefinition> byId = new LinkedHashMap<>();
        segments.forEach(segment -> byId.put(segment.id(), segment));
        List<SegmentDefinition> ordered = new ArrayList<>(segments.size());
        Map<String, Mark> marks = new HashMap<>();
        for (SegmentDefinition segment : byId.values()) {
            List<String> path = new ArrayList<>();
            if (!visit(segment, byId, marks, ordered, path)) {
                throw new IllegalArgumentException("segments name each other round a cycle: " + String.join(" → ", path));
            }
        }
        return ordered;
    }

    /** A cycle through the segments' {@code inSegment} names, as ids from a segment back to itself; empty when none. */
    public static Optional<List<String>> cycle(List<SegmentDefinition> segments) {
        Map<String, SegmentDefinition> byId = new LinkedHashMap<>();
        segments.forEach(segment -> byId.put(segment.id(), segment));
        Map<String, Mark> marks = new HashMap<>();
        for (SegmentDefinition segment : byId.values()) {
            List<String> path = new ArrayList<>();
            if (!visit(segment, byId, marks, new ArrayList<>(), path)) {
                return Optional.of(List.copyOf(path));
            }
        }
        return Optional.empty();
    }

    private enum Mark { VISITING, DONE }

    /** Depth first; false (with {@code path} the cycle, first id repeated last) when a cycle is met. */
    private static boolean visit(SegmentDefinition segment, Map<String, SegmentDefinition> byId,
                                 Map<String, Mark> marks, List<SegmentDefinition> ordered, List<String> path) {
        Mark mark = marks.get(segment.id());
        if (mark == Mark.DONE) {
            return true;
        }
        path.add(segment.id());
        if (mark == Mark.VISITING) {
            path.subList(0, path.indexOf(segment.id())).clear();
            return false;
        }
        marks.put(segment.id(), Mark.VISITING);
        for (String named : ConditionTree.segmentsNamed(segment.conditions())) {
            SegmentDefinition before = byId.get(named);
            if (before != null && !visit(before, byId, marks, ordered, path)) {
                return false;
            }
        }
        marks.put(segment.id(), Mark.DONE);
        ordered.add(segment);
        path.remove(path.size() - 1);
        return true;
    }
}

package io.winback.segment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * What a customer's re-evaluation changes: the segments they join and leave, and the day they are next re-evaluated
 * when that is to be written ({@code writeFlip}). The flip day is moved when it comes earlier, or exactly when the
 * re-evaluation is the flip day's own ({@code exact}); a later day found on the stream is left for the stored, earlier
 * day to find again (one re-evaluation for nothing instead of a write on every sale).
 */
public record MembershipChange(Set<String> joined, Set<String> left, boolean writeFlip, LocalDate flipAt) {
    public MembershipChange {
        joined = Set.copyOf(joined);
        left = Set.copyOf(left);
    }

    public boolean writes() {
        return !joined.isEmpty() || !left.isEmpty() || writeFlip;
    }

    /** From what is stored to what the evaluation found, on {@code day}. */
    public static MembershipChange between(StoredMemberships stored, SegmentEvaluation evaluation,
                                           SegmentConfiguration configuration, LocalDate day, boolean exact) {
        Set<String> joined = new HashSet<>();
        Set<String> left = new HashSet<>();
        for (SegmentDefinition segment : configuration.segments()) {
            if (segment.isStatic()) {
                continue;
            }
            boolean was = stored.members().contains(segment.id());
            boolean is = evaluation.members().contains(segment.id());
            if (is && !was) {
                joined.add(segment.id());
            } else if (was && !is) {
                left.add(segment.id());
            }
        }
        // A segment deleted since the customer joined it is left too; static lists are only changed by their edits.
        for (String id : stored.members()) {
            if (configuration.find(id).isEmpty()) {
                left.add(id);
            }
        }
        LocalDate flip = evaluation.nextFlip();
        LocalDate storedFlip = stored.flipAt();
        boolean overdue = storedFlip != null && !storedFlip.isAfter(day);
        boolean writeFlip = !java.util.Objects.equals(flip, storedFlip)
                && (exact || overdue || storedFlip == null || (flip != null && flip.isBefore(storedFlip)));
        return new MembershipChange(joined, left, writeFlip, flip);
    }
}

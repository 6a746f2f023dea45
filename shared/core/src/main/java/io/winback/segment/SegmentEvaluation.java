package io.winback.segment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * One customer's memberships on a day: the dynamic segments they meet the conditions of and the static lists they
 * are on ({@code members}), and the next day any dynamic segment's answer may change with nothing happening
 * ({@code nextFlip}; null when none can).
 */
public record SegmentEvaluation(Set<String> members, LocalDate nextFlip) {
    public SegmentEvaluation {
        members = Set.copyOf(members);
    }

    /**
     * Evaluates every segment of {@code configuration} for the customer of {@code facts}, whose {@code memberOf}
     * holds the static lists they are on; dynamic segments in the configuration's order, each seeing the ones before.
     */
    public static SegmentEvaluation of(SegmentConfiguration configuration, CustomerFacts facts) {
        Set<String> members = new HashSet<>();
        for (SegmentDefinition segment : configuration.segments()) {
            if (segment.isStatic() && facts.memberOf().contains(segment.id())) {
                members.add(segment.id());
            }
        }
        LocalDate nextFlip = null;
        for (SegmentDefinition segment : configuration.dynamic()) {
            // Each sees the static lists and the dynamic segments decided before it, never a stale membership.
            CustomerFacts seen = facts.withMemberOf(members);
            if (segment.conditions().holds(seen)) {
                members.add(segment.id());
            }
            nextFlip = Flips.earlier(nextFlip, segment.conditions().nextFlip(seen));
        }
        return new SegmentEvaluation(members, nextFlip);
    }
}

package io.winback.segment;

import java.time.LocalDate;
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
        throw new UnsupportedOperationException("TODO");
    }
}

package io.winback.chain;

import io.winback.domain.Customer;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Whether a customer is in a segment the shop defined, as of a decision's run time: what a chain limited to a
 * segment is served by ({@link ChainChoice}).
 */
public interface SegmentMembershipCheck {
    /** Nobody is in any segment: only band and everyone's chains serve. */
    SegmentMembershipCheck NONE = (customer, now) -> segment -> false;

    /**
     * The segments {@code customer} (the card as the decision read it) is in at {@code now}, asked one id at a time;
     * what it costs to know is paid on the first question, once.
     */
    Predicate<String> of(Customer customer, Instant now);
}

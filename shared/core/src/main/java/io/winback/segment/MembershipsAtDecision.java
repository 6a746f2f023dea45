package io.winback.segment;

import io.winback.chain.SegmentMembershipCheck;
import io.winback.domain.Customer;

import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The segments a customer is in when a chain is chosen for them: every definition evaluated in memory against the
 * card as the decision read it, as of the decision's run time ({@link SegmentMemberships#evaluate}), so a chain
 * limited to a dynamic segment serves whoever meets its conditions that day, whether or not the stored membership has
 * caught up yet; a static list is read as stored. Evaluated once per decision, on its first question, and only when
 * a chain limited to a segment could serve the occasion.
 */
public final class MembershipsAtDecision implements SegmentMembershipCheck {
    private final SegmentMemberships memberships;

    public MembershipsAtDecision(SegmentMemberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public Predicate<String> of(Customer customer, Instant now) {
        return new Predicate<>() {
            private Set<String> members;

            @Override
            public boolean test(String segment) {
                if (members == null) {
                    members = memberships.evaluate(memberships.definitions(), customer, now).members();
                }
                return members.contains(segment);
            }
        };
    }
}

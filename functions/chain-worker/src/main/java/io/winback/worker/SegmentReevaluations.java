package io.winback.worker;

import io.winback.domain.CustomerStore;
import io.winback.log.JsonLog;
import io.winback.segment.MembershipChange;
import io.winback.segment.SegmentMemberships;

import java.time.Instant;

/**
 * A customer's flip day came: their segments are evaluated again as of the check's run, memberships that changed are
 * written and the next flip day set exactly. A customer no longer stored (erased) has nothing to evaluate.
 */
final class SegmentReevaluations {
    private static final JsonLog LOG = JsonLog.forClass(SegmentReevaluations.class);
    private final SegmentMemberships memberships;
    private final CustomerStore customers;

    SegmentReevaluations(SegmentMemberships memberships, CustomerStore customers) {
        this.memberships = memberships;
        this.customers = customers;
    }

    void reevaluate(String customerKey, Instant runTime) {
        customers.find(customerKey).ifPresent(card -> {
            MembershipChange change = memberships.refresh(memberships.definitions(), card, runTime,
                    SegmentMemberships.Flip.EXACT, customers::find);
            LOG.info("segments_reevaluated", "customer", JsonLog.mask(customerKey), "joined", change.joined().size(),
                    "left", change.left().size(), "nextFlip", String.valueOf(change.flipAt()));
        });
    }
}

package io.winback.segment;

import io.winback.domain.Customer;
import io.winback.domain.Standing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many customers a segment would hold now, before it is saved: its definition (and the segments it names) is
 * evaluated in memory against customers' cards, read a page at a time by a scan, as the fill evaluates them after a
 * save (the same conditions, the purchases a "bought" condition looks at, the static lists a customer is on).
 * Nothing is written. A count reads at most {@link #MAX_CUSTOMERS} customers and stops after {@link #BUDGET}, so it
 * answers within a page's request; a scan's order is by key hash, so what it read by then is a fair sample.
 */
public final class ProspectiveCount {
    /**
     * Customers one count reads at most: a few dozen scan pages, well within a request's 30 seconds when each needs
     * nothing more than its card; a base larger than this is counted on a sample of this size.
     */
    public static final int MAX_CUSTOMERS = 20_000;
    /**
     * How long a count reads before it answers with what it has: a "bought" condition or a static list costs a read
     * per customer, and the console's function and the HTTP API give up after 30 seconds.
     */
    public static final Duration BUDGET = Duration.ofSeconds(12);
    static final int PAGE = 500;

    private final CustomerPages pages;
    private final PurchaseDays purchases;
    private final MembershipStore memberships;
    private final Standing.Policy standing;
    private final ZoneId zone;
    private final Clock clock;

    /** @param clock the time of the count, and how long it has read so far */
    public ProspectiveCount(CustomerPages pages, PurchaseDays purchases, MembershipStore memberships,
                            Standing.Policy standing, ZoneId zone, Clock clock) {
        this.pages = pages;
        this.purchases = purchases;
        this.memberships = memberships;
        this.standing = standing;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * @param scanned  customers read
     * @param complete every customer was read: {@code members} is the count, not a sample's
     */
    public record Result(long members, long scanned, boolean complete) {
    }

    /** How many customers the segment {@code segmentId} of {@code prospect} (not stored) holds now. */
    public Result of(SegmentConfiguration prospect, String segmentId) {
        SegmentConfiguration needed = needed(prospect, segmentId);
        boolean readsLists = needed.segments().stream().anyMatch(SegmentDefinition::isStatic);
        Instant now = clock.instant();
        LocalDate day = now.atZone(zone).toLocalDate();
        PurchaseNeeds needs = needed.needs(day);
        Instant stop = now.plus(BUDGET);
        long members = 0;
        long scanned = 0;
        String cursor = null;
        do {
            CustomerPages.Page page = pages.page(0, 1, cursor, (int) Math.min(PAGE, MAX_CUSTOMERS - scanned));
            for (Customer card : page.customers()) {
                Set<String> lists = readsLists ? memberships.of(card.key()).members() : Set.of();
                CustomerFacts facts = new CustomerFacts(card, day, now, standing,
                        needs.any() ? purchases.of(card.key(), needs) : Map.of(), lists);
                if (SegmentEvaluation.of(needed, facts).members().contains(segmentId)) {
                    members++;
                }
            }
            scanned += page.customers().size();
            cursor = page.next();
        } while (cursor != null && scanned < MAX_CUSTOMERS && clock.instant().isBefore(stop));
        return new Result(members, scanned, cursor == null);
    }

    /**
     * The segment and every segment it names, directly or through others: all its evaluation reads, so a count
     * costs no more for the other segments defined.
     */
    static SegmentConfiguration needed(SegmentConfiguration configuration, String segmentId) {
        Set<String> ids = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(Set.of(segmentId));
        while (!toVisit.isEmpty()) {
            String id = toVisit.pop();
            if (ids.add(id)) {
                configuration.find(id).ifPresent(s -> toVisit.addAll(ConditionTree.segmentsNamed(s.conditions())));
            }
        }
        return new SegmentConfiguration(configuration.segments().stream().filter(s -> ids.contains(s.id())).toList(),
                configuration.version());
    }
}

package io.winback.segment;

import io.winback.domain.Customer;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;

import static io.winback.segment.GeneratedCustomers.COFFEE;
import static io.winback.segment.GeneratedCustomers.DAY;
import static io.winback.segment.GeneratedCustomers.SHOP_ZONE;
import static io.winback.segment.GeneratedCustomers.STANDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A segment counted before it is saved: over made-up customers whose figures, coffee bought and static list vary,
 * the count is what evaluating each of them says (their receipts read for the "bought" condition, the static list it
 * names read from their record); a base larger than {@link ProspectiveCount#MAX_CUSTOMERS} is counted on the first
 * that many and says so, and so is a count that ran out of time; the segments it does not name cost nothing.
 */
class ACountBeforeSavingReadsEveryCustomerOrSaysItLookedAtASampleTest {
    private static final SegmentDefinition STATIC_LIST = new SegmentDefinition("call-list", "Обзвон", 1, null);
    private static final SegmentDefinition UNRELATED = new SegmentDefinition("birthdays", "Именинники", 1,
            new Condition.BirthdayWithinDays(7));
    private static final SegmentDefinition COUNTED = new SegmentDefinition("coffee-or-list", "Кофе или обзвон", 0,
            new Condition.Any(List.of(new Condition.All(List.of(Condition.Bought.within(COFFEE, 90),
                    new Condition.Spent(Comparison.AT_LEAST, new BigDecimal("1000")))),
                    new Condition.InSegment("call-list"))));

    private final ManualClock clock = new ManualClock(GeneratedCustomers.noonOf(DAY));

    @Test
    void aBaseWithinTheBoundIsCountedCustomerForCustomer() {
        List<GeneratedCustomers.Generated> base = GeneratedCustomers.make(1_500, 7);
        SegmentConfiguration prospect = new SegmentConfiguration(List.of(STATIC_LIST, UNRELATED), 3).with(COUNTED);
        ProspectiveCount.Result result = count(base, Duration.ZERO).of(prospect, COUNTED.id());
        assertEquals(new ProspectiveCount.Result(expected(base, prospect), 1_500, true), result);
        assertTrue(result.members() > 100 && result.members() < 1_400, "members and others both: " + result);
    }

    @Test
    void aLargerBaseIsCountedOnTheFirstTwentyThousandAndSaysSo() {
        List<GeneratedCustomers.Generated> base = GeneratedCustomers.make(ProspectiveCount.MAX_CUSTOMERS + 2_345, 11);
        SegmentConfiguration prospect = new SegmentConfiguration(List.of(STATIC_LIST), 1).with(COUNTED);
        ProspectiveCount.Result result = count(base, Duration.ZERO).of(prospect, COUNTED.id());
        assertEquals(new ProspectiveCount.Result(expected(base.subList(0, ProspectiveCount.MAX_CUSTOMERS), prospect),
                ProspectiveCount.MAX_CUSTOMERS, false), result);
    }

    @Test
    void aCountThatRunsOutOfTimeAnswersWithWhatItRead() {
        List<GeneratedCustomers.Generated> base = GeneratedCustomers.make(5_000, 13);
        SegmentConfiguration prospect = new SegmentConfiguration(List.of(STATIC_LIST), 1).with(COUNTED);
        // Each page takes 5 s: the third page ends past the 12 s budget.
        ProspectiveCount.Result result = count(base, Duration.ofSeconds(5)).of(prospect, COUNTED.id());
        assertEquals(3 * ProspectiveCount.PAGE, result.scanned());
        assertFalse(result.complete());
        assertEquals(expected(base.subList(0, 3 * ProspectiveCount.PAGE), prospect), result.members());
    }

    /** Each customer evaluated on their own against every definition, as the fill would. */
    private static long expected(List<GeneratedCustomers.Generated> base, SegmentConfiguration configuration) {
        return base.stream().filter(g -> SegmentEvaluation.of(configuration, g.factsOn(DAY)).members()
                .contains(COUNTED.id())).count();
    }

    /** A count over {@code base} whose pages each take {@code perPage} of the clock. */
    private ProspectiveCount count(List<GeneratedCustomers.Generated> base, Duration perPage) {
        Map<String, GeneratedCustomers.Generated> byKey = new HashMap<>();
        base.forEach(g -> byKey.put(g.customer().key(), g));
        CustomerPages pages = (part, parts, cursor, limit) -> {
            assertEquals(0, part);
            assertEquals(1, parts, "one scan, in key-hash order: its first pages are a fair sample");
            clock.advance(perPage);
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(base.size(), from + limit);
            List<Customer> customers = base.subList(from, to).stream().map(GeneratedCustomers.Generated::customer)
                    .toList();
            return new CustomerPages.Page(customers, to < base.size() ? Integer.toString(to) : null);
        };
        PurchaseDays purchases = (key, needs) -> {
            assertEquals(Set.of(COFFEE), needs.items(), "only what the counted segment looks at");
            assertEquals(DAY.minusDays(90), needs.since());
            Map<ItemRef, NavigableSet<LocalDate>> days = new HashMap<>(byKey.get(key).bought());
            days.keySet().retainAll(needs.items());
            return days;
        };
        return new ProspectiveCount(pages, purchases, new ListsOnly(byKey), STANDING, SHOP_ZONE, clock);
    }

    /** The customers' records as far as a count reads them: the static lists they are on. */
    private record ListsOnly(Map<String, GeneratedCustomers.Generated> byKey) implements MembershipStore {
        public StoredMemberships of(String customerKey) {
            return new StoredMemberships(byKey.get(customerKey).lists(), null, 1);
        }

        public boolean apply(String key, StoredMemberships read, MembershipChange change, LocalDate day,
                             Map<String, Integer> versions) {
            throw new AssertionError("a count writes nothing");
        }

        public boolean applyUnread(String key, Set<String> joined, Set<String> left, LocalDate day,
                                   Map<String, Integer> versions) {
            throw new AssertionError("a count writes nothing");
        }

        public void flipNoLaterThan(String customerKey, LocalDate day) {
            throw new AssertionError("a count writes nothing");
        }

        public int eraseAll(String customerKey) {
            throw new AssertionError("a count writes nothing");
        }

        public List<String> flipsDueBy(LocalDate day) {
            throw new AssertionError("a count reads no flip days");
        }
    }
}

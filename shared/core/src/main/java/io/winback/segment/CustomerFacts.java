package io.winback.segment;

import io.winback.domain.Customer;
import io.winback.domain.Standing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the conditions of segments read about one customer on one day: the card (stats, profile, consent, bonuses,
 * properties, scores), the shop's standing rule, the days the customer bought each group or SKU the definitions name
 * (within {@link PurchaseNeeds}), and the segments the customer is in so far ({@code memberOf}: static lists, and the
 * dynamic segments evaluated before this one).
 *
 * @param now the instant of {@code day} the evaluation stands at (bonus balances expire by the instant)
 */
public record CustomerFacts(Customer customer, LocalDate day, Instant now, Standing.Policy standing,
                            Map<ItemRef, NavigableSet<LocalDate>> bought, Set<String> memberOf) {
    public CustomerFacts {
        bought = Map.copyOf(bought);
        memberOf = Set.copyOf(memberOf);
    }

    /** Days the customer bought {@code item} that the facts were gathered for; empty when none. */
    public NavigableSet<LocalDate> daysBought(ItemRef item) {
        NavigableSet<LocalDate> days = bought.get(item);
        return days == null ? new TreeSet<>() : days;
    }

    public CustomerFacts withMemberOf(Set<String> segments) {
        return new CustomerFacts(customer, day, now, standing, bought, segments);
    }
}

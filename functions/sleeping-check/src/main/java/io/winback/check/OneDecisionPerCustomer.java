package io.winback.check;

import io.winback.chain.WorkItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One work item per customer for a run's decisions: a customer due for several occasions on the day (asleep, a
 * birthday, a refill, an offer) gets them together in one {@link WorkItem.DecideOccasions}, so one worker decides
 * them in priority order and at most one episode starts, where separate items taken by two workers at once could
 * each find the customer in no episode and start two.
 */
final class OneDecisionPerCustomer {
    private OneDecisionPerCustomer() {
    }

    static List<WorkItem> of(List<WorkItem> decisions) {
        Map<String, List<WorkItem>> byCustomer = new LinkedHashMap<>();
        decisions.forEach(item -> byCustomer.computeIfAbsent(item.customerKey(), k -> new ArrayList<>()).add(item));
        List<WorkItem> merged = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((customerKey, items) -> merged.add(items.size() == 1 ? items.getFirst()
                : new WorkItem.DecideOccasions(customerKey, List.copyOf(items), items.getFirst().runTime())));
        return merged;
    }
}

package io.winback.reports;

import io.winback.report.ReportQuery;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code store} parameter of a report: one store or several, comma-separated ({@code store=1,5}); absent means
 * every store. A receipt without a store counts under "-".
 */
record StoreFilter(Set<String> names) {
    static final StoreFilter ALL = new StoreFilter(Set.of());

    StoreFilter {
        names = Set.copyOf(names);
    }

    static StoreFilter read(ReportQuery query) {
        String text = query.text("store");
        if (text == null) {
            return ALL;
        }
        Set<String> names = new TreeSet<>();
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        if (names.isEmpty()) {
            query.reject("store", "must name a store, or several separated by commas, was \"" + text + "\"");
        }
        return new StoreFilter(names);
    }

    boolean includes(String store) {
        return names.isEmpty() || names.contains(store);
    }

    /** The one store when exactly one is asked for (the byDay index reads it as a key range), else null. */
    String single() {
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** As the answer and a cursor's fingerprint name them: sorted, comma-separated; empty for every store. */
    String label() {
        return String.join(",", new TreeSet<>(names));
    }
}

package io.winback.segment;

import java.time.LocalDate;
import java.util.Set;

/**
 * What is stored of one customer's segments: the segments they are in (dynamic and static), the day they are next
 * to be re-evaluated ({@code flipAt}; null: no day), and the version of that record, so two writers cannot both
 * change it from the same reading.
 */
public record StoredMemberships(Set<String> members, LocalDate flipAt, long version) {
    public static final StoredMemberships NONE = new StoredMemberships(Set.of(), null, 0);

    public StoredMemberships {
        members = Set.copyOf(members);
    }
}

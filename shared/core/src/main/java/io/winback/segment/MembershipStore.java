package io.winback.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Where customers' memberships are kept, with each segment's members, count and history, and the flip index. */
public interface MembershipStore {

    /** What is stored of the customer's segments (read consistently); {@link StoredMemberships#NONE} when nothing is. */
    StoredMemberships of(String customerKey);

    /**
     * Writes {@code change} on top of {@code read}, all of it or nothing: the customer's record, each segment's member
     * and count, the history of joins and leaves on {@code day}. False when the record changed since it was read
     * (nothing written; read again and re-evaluate). {@code versions}: each joined segment's version.
     */
    boolean apply(String customerKey, StoredMemberships read, MembershipChange change, LocalDate day,
                  Map<String, Integer> versions);

    /**
     * Erases what is kept of the customer's segments: they leave each (counts move down), their record and every
     * history item naming them go. Returns how many records changed; run again, changes nothing.
     */
    int eraseAll(String customerKey);

    /** Customers whose flip day is {@code day} or earlier: re-evaluated by the daily check's work. */
    List<String> flipsDueBy(LocalDate day);
}

package io.winback.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * Writes joins or leaves (not both) without reading the record first, on the assumption that it holds none of
     * {@code joined} and all of {@code left}: the record's set and version, each segment's member, count and history,
     * all or nothing. False when the assumption does not hold (nothing written; read and re-evaluate). The fill's way
     * of writing what a new version of the definitions changes ({@link FillDecision}).
     */
    boolean applyUnread(String customerKey, Set<String> joined, Set<String> left, LocalDate day,
                        Map<String, Integer> versions);

    /** Sets the customer's flip day to {@code day} unless it is on or before {@code day} already; nothing else. */
    void flipNoLaterThan(String customerKey, LocalDate day);

    /**
     * Erases what is kept of the customer's segments: they leave each (counts move down), their record and every
     * history item naming them go. Returns how many records changed; run again, changes nothing.
     */
    int eraseAll(String customerKey);

    /** Customers whose flip day is {@code day} or earlier: re-evaluated by the daily check's work. */
    List<String> flipsDueBy(LocalDate day);
}
